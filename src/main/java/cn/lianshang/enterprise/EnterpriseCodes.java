package cn.lianshang.enterprise;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;

/**
 * Issuing, revoking and checking enterprise codes. A code is a signed token
 * ({@link EnterpriseCodeToken}) naming the enterprise and the serial of its code;
 * revoking marks the current serial revoked and issues the next. Callers check who may
 * ask (the API: the enterprise itself or an administrator); checking a scanned code needs
 * nobody.
 */
@Service
class EnterpriseCodes {

	private final EnterpriseCodeIssues issues;

	private final EnterpriseCodeKeyRing keys;

	private final EnterpriseCodeSettings settings;

	private final AuditLog audit;

	private final TransactionTemplate newTransaction;

	EnterpriseCodes(EnterpriseCodeIssues issues, EnterpriseCodeKeyRing keys, EnterpriseCodeSettings settings,
			AuditLog audit, PlatformTransactionManager transactions) {
		this.issues = issues;
		this.keys = keys;
		this.settings = settings;
		this.audit = audit;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A code as handed out: the token and what it says. */
	record IssuedCode(String uscc, int serial, int keyId, String token, Instant issuedAt, Instant expiresAt) {

	}

	/**
	 * The result of checking a scanned code: the enterprise only when {@code status} is
	 * VALID.
	 */
	record Check(EnterpriseCodeStatus status, String uscc) {

	}

	/**
	 * The enterprise's current code, signed with the current key. Without a validity
	 * setting the token is the same at every call (issue time = the serial's), so that a
	 * printed code and a re-rendered one agree until a revocation or a key rotation; with
	 * one, each call issues a token valid from now.
	 */
	IssuedCode current(String uscc) {
		EnterpriseCodeIssue issue = currentIssue(uscc);
		return sign(issue);
	}

	/** Revokes the current code and issues the next one. Audited. */
	@Transactional
	IssuedCode revoke(String uscc) {
		currentIssue(uscc);
		// the row is locked; a revocation that waited for another finds the serial that
		// one issued
		EnterpriseCodeIssue current = issues.findForUpdateByUsccAndRevokedAtIsNull(uscc)
			.or(() -> issues.findForUpdateByUsccAndRevokedAtIsNull(uscc))
			.orElseThrow(() -> new IllegalStateException("no current code serial for " + uscc));
		EnterpriseCodeIssue next = issues.save(current.revokeAndSucceed(OffsetDateTime.now()));
		audit.record("enterprise-code.revoke", "enterprise", uscc, Map.of("serial", current.serial()),
				Map.of("serial", next.serial()));
		return sign(next);
	}

	/** Checks a scanned token: signature and key, expiry, then the serial. */
	@Transactional(readOnly = true)
	Check check(String text) {
		EnterpriseCodeToken.Verification v = EnterpriseCodeToken.verify(text, keys::verifyingSecret, Instant.now());
		if (!v.valid()) {
			return new Check(v.refusal() == EnterpriseCodeToken.Refusal.EXPIRED ? EnterpriseCodeStatus.EXPIRED
					: EnterpriseCodeStatus.FORGED, null);
		}
		EnterpriseCodeToken token = v.token();
		if (token.serial() > Integer.MAX_VALUE) {
			return new Check(EnterpriseCodeStatus.FORGED, null);
		}
		Optional<EnterpriseCodeIssue> issue = issues.findByUsccAndSerial(token.uscc(), (int) token.serial());
		if (issue.isEmpty()) {
			// signed by a key of ours but never issued (its enterprise was removed):
			// nothing to show
			return new Check(EnterpriseCodeStatus.FORGED, null);
		}
		if (issue.get().revoked()) {
			return new Check(EnterpriseCodeStatus.REVOKED, null);
		}
		return new Check(EnterpriseCodeStatus.VALID, token.uscc());
	}

	private IssuedCode sign(EnterpriseCodeIssue issue) {
		EnterpriseCodeKey key = keys.current();
		Instant issuedAt = settings.validity() == null ? issue.issuedAt().toInstant() : Instant.now();
		Instant expiresAt = settings.validity() == null ? null : issuedAt.plus(settings.validity());
		EnterpriseCodeToken token = new EnterpriseCodeToken(key.id(), issue.uscc(), issue.serial(), issuedAt,
				expiresAt);
		return new IssuedCode(issue.uscc(), issue.serial(), key.id(), token.sign(key.secret()), token.issuedAt(),
				token.expiresAt());
	}

	/**
	 * The current serial, issuing serial 1 on first use (in its own transaction; a
	 * concurrent first use wins).
	 */
	private EnterpriseCodeIssue currentIssue(String uscc) {
		return issues.findByUsccAndRevokedAtIsNull(uscc).orElseGet(() -> {
			try {
				return newTransaction
					.execute(status -> issues.saveAndFlush(new EnterpriseCodeIssue(uscc, 1, OffsetDateTime.now())));
			}
			catch (DataIntegrityViolationException e) {
				return issues.findByUsccAndRevokedAtIsNull(uscc).orElseThrow(() -> e);
			}
		});
	}

}

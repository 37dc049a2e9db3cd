package cn.lianshang.enterprise;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The HMAC keys: the first is generated on first use (SecureRandom, 256 bits) and stored
 * in {@code code_key}, where every app node finds it. Nothing is cached, so a rotation or
 * retirement on one node holds at once on all. Two nodes generating the first key at the
 * same moment leave two keys, both valid: harmless.
 */
@Component
class EnterpriseCodeKeyRing {

	static final int SECRET_BYTES = 32;

	private final CodeKeys keys;

	private final AuditLog audit;

	private final TransactionTemplate newTransaction;

	private final SecureRandom random = new SecureRandom();

	EnterpriseCodeKeyRing(CodeKeys keys, AuditLog audit, PlatformTransactionManager transactions) {
		this.keys = keys;
		this.audit = audit;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The key that signs new codes, generated if there is none yet. */
	EnterpriseCodeKey current() {
		return keys.findFirstByRetiredAtIsNullOrderByIdDesc()
			.orElseGet(() -> newTransaction.execute(status -> keys.findFirstByRetiredAtIsNullOrderByIdDesc()
				.orElseGet(() -> keys.save(new EnterpriseCodeKey(newSecret(), OffsetDateTime.now())))));
	}

	/**
	 * The secret of a key that may verify codes; null if the key is unknown or retired.
	 */
	byte[] verifyingSecret(int id) {
		return keys.findById(id).filter(k -> !k.retired()).map(EnterpriseCodeKey::secret).orElse(null);
	}

	/**
	 * A new current key; codes signed with earlier keys still verify until those are
	 * retired. Audited.
	 */
	@Transactional
	EnterpriseCodeKey.EnterpriseCodeKeyView rotate() {
		EnterpriseCodeKey key = keys.save(new EnterpriseCodeKey(newSecret(), OffsetDateTime.now()));
		audit.record("enterprise-code.key.rotate", "code_key", String.valueOf(key.id()), null, key.view());
		return key.view();
	}

	/**
	 * Retires a key: the codes it signed are refused from now on (they show again once
	 * re-rendered). Audited.
	 */
	@Transactional
	EnterpriseCodeKey.EnterpriseCodeKeyView retire(int id) {
		EnterpriseCodeKey key = keys.findById(id)
			.orElseThrow(() -> new NotFoundException("code-key", String.valueOf(id)));
		EnterpriseCodeKey.EnterpriseCodeKeyView before = key.view();
		key.retire(OffsetDateTime.now());
		audit.record("enterprise-code.key.retire", "code_key", String.valueOf(id), before, key.view());
		return key.view();
	}

	@Transactional(readOnly = true)
	List<EnterpriseCodeKey.EnterpriseCodeKeyView> all() {
		return keys.findAllByOrderByIdDesc().stream().map(EnterpriseCodeKey::view).toList();
	}

	private byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return secret;
	}

}

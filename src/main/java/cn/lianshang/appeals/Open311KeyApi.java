package cn.lianshang.appeals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.access.AuditLog;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;

/**
 * Open311 api keys, one per integrating system: issued once (only the SHA-256 is stored,
 * the key is shown in the answer and never again), listed, revoked. Administrators only;
 * audited.
 */
@RestController
@RequestMapping("/api/v1/open311/keys")
@PreAuthorize("hasRole('ADMIN')")
class Open311KeyApi {

	private static final SecureRandom random = new SecureRandom();

	static final int MAX_PER_MINUTE = 100_000;

	private final Open311Keys keys;

	private final AuditLog audit;

	Open311KeyApi(Open311Keys keys, AuditLog audit) {
		this.keys = keys;
		this.audit = audit;
	}

	/**
	 * The system's name and, optionally, its own rate limit (requests per minute, 1 to
	 * 100,000; without it the platform's default).
	 */
	record KeyRequest(String system, Integer requestsPerMinute) {
	}

	record IssuedKey(long id, String system, String apiKey) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	IssuedKey issue(@RequestBody KeyRequest request) {
		String system = request == null || request.system() == null ? "" : request.system().trim();
		if (system.isEmpty() || system.length() > 100) {
			throw InvalidInputException.of("system", "appeals.open311.system");
		}
		Integer perMinute = request.requestsPerMinute();
		if (perMinute != null && (perMinute < 1 || perMinute > MAX_PER_MINUTE)) {
			throw InvalidInputException.of("requestsPerMinute", "appeals.open311.rate", 1, MAX_PER_MINUTE);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Open311Key key = keys.save(new Open311Key(system, hash(apiKey), OffsetDateTime.now(), perMinute));
		audit.record("open311.key.issue", "open311-key", key.id().toString(), null, key.view());
		return new IssuedKey(key.id(), system, apiKey);
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<Open311Key.KeyView> list() {
		return keys.findAllByOrderById().stream().map(Open311Key::view).toList();
	}

	@PostMapping("/{id}/revoke")
	@Transactional
	Open311Key.KeyView revoke(@PathVariable long id) {
		Open311Key key = keys.findById(id).orElseThrow(() -> new NotFoundException("open311-key", Long.toString(id)));
		Open311Key.KeyView before = key.view();
		key.revoke(OffsetDateTime.now());
		audit.record("open311.key.revoke", "open311-key", key.id().toString(), before, key.view());
		return key.view();
	}

	/** The key that {@code apiKey} names, if it exists and is not revoked. */
	static Optional<Open311Key> valid(Open311Keys keys, String apiKey) {
		if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
			return Optional.empty();
		}
		return keys.findByKeyHash(hash(apiKey)).filter(k -> !k.isRevoked());
	}

	static String hash(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}

package cn.lianshang.access;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator ({@code admin}) on first start: password from
 * {@code LIANSHANG_ADMIN_PASSWORD}, or generated and printed once in the log. No password
 * is in the repository.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final Environment environment;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	AdminBootstrap(Accounts accounts, PasswordEncoder encoder, Environment environment, AuditLog audit,
			TransactionTemplate tx) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.environment = environment;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		tx.executeWithoutResult(status -> {
			if (accounts.existsByUsername(ADMIN)) {
				return;
			}
			String given = environment.getProperty("LIANSHANG_ADMIN_PASSWORD");
			String password = given == null || given.isBlank() ? generate() : given;
			Account admin = accounts.save(new Account(ADMIN, encoder.encode(password), Role.ADMIN, null, null, "管理员"));
			audit.recordAs("system", "account.create", "account", ADMIN, null, admin.view());
			if (given == null || given.isBlank()) {
				log.warn("\n\n    Administrator account created: user 'admin', password '{}'.\n"
						+ "    It is shown only this once; set LIANSHANG_ADMIN_PASSWORD to choose it yourself.\n",
						password);
			}
			else {
				log.info("Administrator account 'admin' created with the password from LIANSHANG_ADMIN_PASSWORD.");
			}
		});
	}

	static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}

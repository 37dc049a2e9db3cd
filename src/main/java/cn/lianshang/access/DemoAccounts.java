package cn.lianshang.access;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.lianshang.access.AccountManagement.NewAccount;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * Demo accounts, when demo data is on ({@code lianshang.demo.enabled}): a handler for
 * each city and for the zone ({@code handler-210100} … {@code handler-SFZ}), one for 铁西区
 * ({@code handler-210106}), a policy officer, a chain officer and an analyst. Runs after
 * the administrator is created. Accounts bound to demo enterprises are created by the
 * enterprise module through {@link #createForEnterprise} once the enterprises exist (this
 * module does not depend on the enterprise module); accounts of demo residents
 * ({@code resident-<area code>}) by the workforce module through
 * {@link #createForResident}.
 * <p>
 * All demo accounts share one password: {@code lianshang.demo.password}, or one generated
 * at start and printed once in the log with the account list. No password is in the
 * repository. Display names start with {@code 演示·}.
 */
@Component
@Order(1)
public class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String DEMO_MARK = "演示·";

	private final AccountManagement accounts;

	private final Regions regions;

	private final Environment environment;

	private String password;

	private boolean generated;

	private boolean passwordShown;

	DemoAccounts(AccountManagement accounts, Regions regions, Environment environment) {
		this.accounts = accounts;
		this.regions = regions;
		this.environment = environment;
	}

	boolean enabled() {
		return environment.getProperty("lianshang.demo.enabled", Boolean.class, false);
	}

	/** The demo password: from the setting, or generated once per process. */
	private synchronized String password() {
		if (password == null) {
			String given = environment.getProperty("lianshang.demo.password");
			generated = given == null || given.isBlank();
			password = generated ? AdminBootstrap.generate() : given;
		}
		return password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		List<NewAccount> wanted = new ArrayList<>();
		for (Region top : regions.topLevel()) {
			wanted.add(staff("handler-" + top.code(), Role.HANDLER, top.code(), top.name() + "承办人"));
		}
		regions.find("210106")
			.ifPresent(r -> wanted.add(staff("handler-210106", Role.HANDLER, r.code(), "沈阳市" + r.name() + "承办人")));
		wanted.add(staff("policy-officer", Role.POLICY_OFFICER, null, "政策专员"));
		wanted.add(staff("chain-officer", Role.CHAIN_OFFICER, null, "链长办专员"));
		wanted.add(staff("analyst", Role.ANALYST, null, "分析员"));
		List<String> created = new ArrayList<>();
		for (NewAccount a : wanted) {
			if (!accounts.exists(a.username())) {
				accounts.create(a);
				created.add(a.username() + " (" + a.displayName() + ")");
			}
		}
		if (!created.isEmpty()) {
			announce("Demo accounts created", created);
		}
	}

	/**
	 * Creates the demo account {@code ent-<uscc>} bound to a demo enterprise, unless it
	 * exists or demo data is off.
	 * @return the username, or null if nothing was created
	 */
	public String createForEnterprise(String uscc, String enterpriseName) {
		String username = "ent-" + uscc;
		if (!enabled() || accounts.exists(username)) {
			return null;
		}
		String display = DEMO_MARK + enterpriseName;
		accounts.create(new NewAccount(username, password(), Role.ENTERPRISE, null, uscc,
				display.length() > 64 ? display.substring(0, 64) : display));
		return username;
	}

	/** Whether an account of this username exists (demo or not). */
	public boolean exists(String username) {
		return accounts.exists(username);
	}

	/**
	 * Creates the demo account {@code username} with the RESIDENT role (for a demo
	 * resident of the workforce module, which binds it), unless it exists or demo data is
	 * off.
	 * @return the new account's id, or null if nothing was created
	 */
	public Long createForResident(String username, String displayName) {
		if (!enabled() || accounts.exists(username)) {
			return null;
		}
		String display = DEMO_MARK + displayName;
		return accounts
			.create(new NewAccount(username, password(), Role.RESIDENT, null, null,
					display.length() > 64 ? display.substring(0, 64) : display))
			.id();
	}

	/**
	 * Logs the account list once, with the password when it was generated (it is shown
	 * nowhere else).
	 */
	public synchronized void announce(String title, List<String> usernames) {
		if (usernames.isEmpty()) {
			return;
		}
		String list = String.join("\n      ", usernames);
		password();
		if (generated && !passwordShown) {
			passwordShown = true;
			log.warn("\n\n    {}; all use the password '{}' (shown only this once; set lianshang.demo.password to "
					+ "choose it):\n      {}\n", title, password(), list);
		}
		else {
			log.info("{} with the {} demo password:\n      {}", title,
					generated ? "generated (shown above)" : "lianshang.demo.password", list);
		}
	}

	private NewAccount staff(String username, Role role, String jurisdiction, String title) {
		return new NewAccount(username, password(), role, jurisdiction, null, DEMO_MARK + title);
	}

}

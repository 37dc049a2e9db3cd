package cn.lianshang.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;

/** Creating, listing, enabling and disabling accounts; every change is audited. */
@Service
public class AccountManagement implements UserDetailsService {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}");

	static final int MIN_PASSWORD = 8;

	static final int MAX_PASSWORD = 128;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Regions regions;

	private final Optional<EnterpriseDirectory> enterprises;

	private final AuditLog audit;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, Regions regions,
			Optional<EnterpriseDirectory> enterprises, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.regions = regions;
		this.enterprises = enterprises;
		this.audit = audit;
	}

	/** What an administrator asks for when creating an account. */
	public record NewAccount(String username, String password, Role role, String jurisdiction, String uscc,
			String displayName) {

	}

	@Transactional
	public AccountView create(NewAccount request) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = request.username() == null ? "" : request.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "account.username"));
		}
		String password = request.password() == null ? "" : request.password();
		if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			problems.add(new FieldProblem("password", "account.password", MIN_PASSWORD, MAX_PASSWORD));
		}
		Role role = request.role();
		String jurisdiction = blankToNull(request.jurisdiction());
		String uscc = blankToNull(request.uscc());
		if (role == null) {
			problems.add(new FieldProblem("role", "account.role"));
		}
		else {
			if (role == Role.HANDLER && jurisdiction == null) {
				problems.add(new FieldProblem("jurisdiction", "account.jurisdiction.required"));
			}
			if (jurisdiction != null) {
				Optional<Region> region = regions.find(jurisdiction);
				if (!role.isJurisdictional()) {
					problems.add(new FieldProblem("jurisdiction", "account.jurisdiction.not-applicable"));
				}
				else if (region.isEmpty() || region.get().level() == Region.Level.TOWNSHIP) {
					problems.add(new FieldProblem("jurisdiction", "account.jurisdiction.unknown", jurisdiction));
				}
			}
			if (role == Role.ENTERPRISE) {
				if (uscc == null) {
					problems.add(new FieldProblem("uscc", "account.uscc.required"));
				}
				else if (enterprises.map(d -> !d.isRegistered(uscc)).orElse(true)) {
					problems.add(new FieldProblem("uscc", "account.uscc.unknown", uscc));
				}
			}
			else if (uscc != null) {
				problems.add(new FieldProblem("uscc", "account.uscc.not-applicable"));
			}
		}
		String displayName = blankToNull(request.displayName());
		if (displayName != null && displayName.length() > 64) {
			problems.add(new FieldProblem("displayName", "too-long", 64));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (accounts.existsByUsername(username)) {
			throw new ConflictException("account.duplicate", username);
		}
		Account account = accounts
			.save(new Account(username, passwords.encode(password), role, jurisdiction, uscc, displayName));
		audit.record("account.create", "account", username, null, account.view());
		return account.view();
	}

	@Transactional
	public AccountView setEnabled(String username, boolean enabled) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("account", username));
		AccountView before = account.view();
		account.setEnabled(enabled);
		audit.record(enabled ? "account.enable" : "account.disable", "account", username, before, account.view());
		return account.view();
	}

	@Transactional
	public void changePassword(String username, String newPassword) {
		if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > MAX_PASSWORD) {
			throw InvalidInputException.of("password", "account.password", MIN_PASSWORD, MAX_PASSWORD);
		}
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("account", username));
		account.changePassword(passwords.encode(newPassword));
		audit.record("account.password", "account", username, null, "{\"password\":\"(changed)\"}");
	}

	@Transactional(readOnly = true)
	public Page<AccountView> search(String q, Role role, Pageable pageable) {
		return accounts.search(blankToNull(q), role, pageable).map(Account::view);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return accounts.findByUsername(username).map(Account::view);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(Account::toUser)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Transactional(readOnly = true)
	public Optional<LianshangUser> loadById(long id) {
		return accounts.findById(id).map(Account::toUser);
	}

	boolean exists(String username) {
		return accounts.existsByUsername(username);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}

package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AccountView;
import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.workforce.WorkforceViews.ResidentView;

/**
 * Self-registration of residents (a RESIDENT account through {@link AccountManagement}
 * and a profile, in one transaction) and the resident's own profile. The phone is stored
 * unverified unless the {@link PhoneVerification} bean says otherwise.
 */
@Service
class RegisteringResidents {

	static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

	static final int MAX_NAME = 32;

	static final int MAX_ADDRESS = 200;

	static final int MAX_TRAVEL_KM = 100;

	static final BigDecimal MAX_WAGE = new BigDecimal("10000");

	/** The body of {@code POST /api/v1/residents}. */
	record Registration(String username, String password, String phone, String verificationCode,
			ResidentProfile profile) {

	}

	private final Residents residents;

	private final AccountManagement accounts;

	private final PhoneVerification phones;

	private final Catalog catalog;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Presenter presenter;

	RegisteringResidents(Residents residents, AccountManagement accounts, PhoneVerification phones, Catalog catalog,
			Regions regions, CurrentUser currentUser, AuditLog audit, Presenter presenter) {
		this.residents = residents;
		this.accounts = accounts;
		this.phones = phones;
		this.catalog = catalog;
		this.regions = regions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.presenter = presenter;
	}

	@Transactional
	ResidentView register(Registration body) {
		List<FieldProblem> problems = new ArrayList<>();
		String phone = body.phone() == null ? "" : body.phone().trim();
		if (!PHONE.matcher(phone).matches()) {
			problems.add(new FieldProblem("phone", "workforce.phone"));
		}
		ResidentProfile profile = check(body.profile(), "profile.", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// the account's own rules (username, password, duplicates) are checked there
		AccountView account = accounts.create(new AccountManagement.NewAccount(body.username(), body.password(),
				Role.RESIDENT, null, null, profile.displayName()));
		boolean verified = body.verificationCode() != null && phones.verify(phone, body.verificationCode());
		OffsetDateTime now = OffsetDateTime.now();
		Resident r = new Resident(account.id(), phone, verified, false, now);
		place(r, profile, now);
		residents.save(r);
		ResidentView view = presenter.own(r);
		audit.recordAs(account.username(), "resident.register", "resident", String.valueOf(r.id()), null,
				auditable(view));
		return view;
	}

	/** Stores a demo resident (no account: nobody signs in as them). */
	@Transactional
	Resident registerDemo(String phone, ResidentProfile profile) {
		List<FieldProblem> problems = new ArrayList<>();
		ResidentProfile p = check(profile, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OffsetDateTime now = OffsetDateTime.now();
		Resident r = new Resident(null, phone, false, true, now);
		place(r, p, now);
		return residents.save(r);
	}

	@Transactional(readOnly = true)
	ResidentView mine() {
		return presenter.own(own());
	}

	@Transactional
	ResidentView update(ResidentProfile body, Integer expectedVersion) {
		Resident r = own();
		if (expectedVersion != null && expectedVersion != r.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("resident " + r.id());
		}
		List<FieldProblem> problems = new ArrayList<>();
		ResidentProfile p = check(body, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ResidentView before = presenter.own(r);
		place(r, p, OffsetDateTime.now());
		residents.flush();
		ResidentView after = presenter.own(r);
		audit.record("resident.update", "resident", String.valueOf(r.id()), auditable(before), auditable(after));
		return after;
	}

	/** The caller's own resident profile (404 for a resident account without one). */
	Resident own() {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.RESIDENT) {
			throw new AccessDeniedException("residents only");
		}
		return residents.findByAccountId(user.accountId())
			.orElseThrow(() -> new NotFoundException("resident", user.getUsername()));
	}

	Optional<Resident> ownIfResident() {
		return currentUser.get()
			.filter(u -> u.role() == Role.RESIDENT)
			.flatMap(u -> residents.findByAccountId(u.accountId()));
	}

	/** The audit keeps the facts but not the private ones in clear. */
	private static ResidentView auditable(ResidentView v) {
		return new ResidentView(v.id(), v.displayName(), mask(v.phone()), v.phoneVerified(),
				v.idNumber() == null ? null : mask(v.idNumber()), v.address() == null ? null : "(private)",
				v.communityCode(), v.communityName(), v.maxTravelKm(), v.expectedDailyWage(), v.hardToEmploy(),
				v.availableDays(), v.availableShifts(), v.skills(), v.certificates(), v.version());
	}

	private static String mask(String s) {
		return s.length() <= 7 ? "****" : s.substring(0, 3) + "****" + s.substring(s.length() - 4);
	}

	private void place(Resident r, ResidentProfile p, OffsetDateTime now) {
		Region community = regions.find(p.communityCode()).orElseThrow();
		r.apply(p, community.path(), community.latitude(), community.longitude(), now);
	}

	/**
	 * The profile with codes resolved and text trimmed; problems for every broken rule.
	 */
	ResidentProfile check(ResidentProfile p, String prefix, List<FieldProblem> problems) {
		if (p == null) {
			problems.add(new FieldProblem(prefix.isEmpty() ? "profile" : prefix.substring(0, prefix.length() - 1),
					"required"));
			return null;
		}
		String name = trim(p.displayName());
		if (name == null) {
			problems.add(new FieldProblem(prefix + "displayName", "required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new FieldProblem(prefix + "displayName", "too-long", MAX_NAME));
		}
		String idNumber = trim(p.idNumber());
		if (idNumber != null) {
			idNumber = idNumber.toUpperCase(java.util.Locale.ROOT);
			if (!IdNumbers.valid(idNumber)) {
				problems.add(new FieldProblem(prefix + "idNumber", "workforce.id-number"));
			}
		}
		String address = trim(p.address());
		if (address != null && address.length() > MAX_ADDRESS) {
			problems.add(new FieldProblem(prefix + "address", "too-long", MAX_ADDRESS));
		}
		String community = trim(p.communityCode());
		if (community == null) {
			problems.add(new FieldProblem(prefix + "communityCode", "required"));
		}
		else {
			Optional<Region> region = regions.find(community);
			// the zone's townships are not in the reference table, so the zone itself
			// stands for them
			if (region.isEmpty()
					|| !(region.get().level() == Region.Level.TOWNSHIP || region.get().level() == Region.Level.ZONE)) {
				problems.add(new FieldProblem(prefix + "communityCode", "workforce.community", community));
			}
		}
		if (p.maxTravelKm() == null) {
			problems.add(new FieldProblem(prefix + "maxTravelKm", "required"));
		}
		else if (p.maxTravelKm() < 1 || p.maxTravelKm() > MAX_TRAVEL_KM) {
			problems.add(new FieldProblem(prefix + "maxTravelKm", "workforce.range", 1, MAX_TRAVEL_KM));
		}
		if (p.expectedDailyWage() != null
				&& (p.expectedDailyWage().signum() <= 0 || p.expectedDailyWage().compareTo(MAX_WAGE) > 0)) {
			problems.add(new FieldProblem(prefix + "expectedDailyWage", "workforce.range", 1, MAX_WAGE));
		}
		if (p.availableDays().isEmpty()) {
			problems.add(new FieldProblem(prefix + "availableDays", "required"));
		}
		if (p.availableShifts().isEmpty()) {
			problems.add(new FieldProblem(prefix + "availableShifts", "required"));
		}
		List<String> skills = catalog.resolveSkills(prefix + "skills", p.skills(), problems);
		if (p.skills().isEmpty()) {
			problems.add(new FieldProblem(prefix + "skills", "required"));
		}
		List<String> certificates = catalog.resolveCertificates(prefix + "certificates", p.certificates(), problems);
		return new ResidentProfile(name, idNumber, address, community, p.maxTravelKm(),
				p.expectedDailyWage() == null ? null
						: p.expectedDailyWage().setScale(2, java.math.RoundingMode.HALF_UP),
				p.hardToEmploy(), p.availableDays(), p.availableShifts(), skills, certificates);
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}

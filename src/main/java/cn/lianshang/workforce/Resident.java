package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident looking for casual work, bound to one RESIDENT account. Phone, ID number and
 * exact address are private: only the resident, an administrator and an employer the
 * resident has applied to (or whose invitation was accepted) see them.
 */
@Entity
@Table(name = "resident")
class Resident {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
	@SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "display_name")
	private String displayName;

	private String phone;

	@Column(name = "phone_verified")
	private boolean phoneVerified;

	@Column(name = "id_number")
	private String idNumber;

	private String address;

	@Column(name = "community_code")
	private String communityCode;

	@Column(name = "community_path")
	private String communityPath;

	private double latitude;

	private double longitude;

	@Column(name = "max_travel_km")
	private int maxTravelKm;

	@Column(name = "expected_daily_wage")
	private BigDecimal expectedDailyWage;

	@Column(name = "hard_to_employ")
	private boolean hardToEmploy;

	@Convert(converter = Converters.Days.class)
	@Column(name = "available_days")
	private Set<DayOfWeek> availableDays = EnumSet.noneOf(DayOfWeek.class);

	@Convert(converter = Converters.Shifts.class)
	@Column(name = "available_shifts")
	private Set<Shift> availableShifts = EnumSet.noneOf(Shift.class);

	@ElementCollection
	@CollectionTable(name = "resident_skill", joinColumns = @JoinColumn(name = "resident_id"))
	@Column(name = "skill_code")
	@BatchSize(size = 100)
	private Set<String> skills = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resident_certificate", joinColumns = @JoinColumn(name = "resident_id"))
	@Column(name = "certificate_code")
	@BatchSize(size = 100)
	private Set<String> certificates = new TreeSet<>();

	private boolean demo;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected Resident() {
	}

	Resident(Long accountId, String phone, boolean phoneVerified, boolean demo, OffsetDateTime now) {
		this.accountId = accountId;
		this.phone = phone;
		this.phoneVerified = phoneVerified;
		this.demo = demo;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces the profile with a checked one (the place is resolved by the caller). */
	void apply(ResidentProfile p, String communityPath, double latitude, double longitude, OffsetDateTime now) {
		this.displayName = p.displayName();
		this.idNumber = p.idNumber();
		this.address = p.address();
		this.communityCode = p.communityCode();
		this.communityPath = communityPath;
		this.latitude = latitude;
		this.longitude = longitude;
		this.maxTravelKm = p.maxTravelKm();
		this.expectedDailyWage = p.expectedDailyWage();
		this.hardToEmploy = Boolean.TRUE.equals(p.hardToEmploy());
		this.availableDays = p.availableDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
				: EnumSet.copyOf(p.availableDays());
		this.availableShifts = p.availableShifts().isEmpty() ? EnumSet.noneOf(Shift.class)
				: EnumSet.copyOf(p.availableShifts());
		this.skills.clear();
		this.skills.addAll(p.skills());
		this.certificates.clear();
		this.certificates.addAll(p.certificates());
		this.updatedAt = now;
	}

	/** Binds a demo resident to its demo login account (once). */
	void bindAccount(long account, OffsetDateTime now) {
		if (this.accountId != null) {
			throw new IllegalStateException("resident " + id + " already has an account");
		}
		this.accountId = account;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	Long accountId() {
		return accountId;
	}

	String displayName() {
		return displayName;
	}

	String phone() {
		return phone;
	}

	boolean phoneVerified() {
		return phoneVerified;
	}

	String idNumber() {
		return idNumber;
	}

	String address() {
		return address;
	}

	String communityCode() {
		return communityCode;
	}

	String communityPath() {
		return communityPath;
	}

	double latitude() {
		return latitude;
	}

	double longitude() {
		return longitude;
	}

	int maxTravelKm() {
		return maxTravelKm;
	}

	BigDecimal expectedDailyWage() {
		return expectedDailyWage;
	}

	boolean hardToEmploy() {
		return hardToEmploy;
	}

	Set<DayOfWeek> availableDays() {
		return availableDays;
	}

	Set<Shift> availableShifts() {
		return availableShifts;
	}

	Set<String> skills() {
		return skills;
	}

	Set<String> certificates() {
		return certificates;
	}

	boolean demo() {
		return demo;
	}

	int version() {
		return version;
	}

}

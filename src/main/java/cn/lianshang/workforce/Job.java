package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;

import cn.lianshang.shared.web.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 零工: a casual job an enterprise posts. */
@Entity
@Table(name = "job")
class Job {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
	@SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 50)
	private Long id;

	@Column(name = "employer_uscc")
	private String employerUscc;

	@Column(name = "employer_name")
	private String employerName;

	@Column(name = "employer_verified")
	private boolean employerVerified;

	private String title;

	private String description;

	private int headcount;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Convert(converter = Converters.Shifts.class)
	private Set<Shift> shifts = EnumSet.noneOf(Shift.class);

	@Enumerated(EnumType.STRING)
	@Column(name = "pay_type")
	private PayType payType;

	@Column(name = "pay_amount")
	private BigDecimal payAmount;

	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "division_path")
	private String divisionPath;

	private double latitude;

	private double longitude;

	private boolean meals;

	private boolean transport;

	@Column(name = "accident_insurance")
	private boolean accidentInsurance;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	private boolean demo;

	@ElementCollection
	@CollectionTable(name = "job_skill", joinColumns = @JoinColumn(name = "job_id"))
	@Column(name = "skill_code")
	@BatchSize(size = 100)
	private Set<String> skills = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "job_certificate", joinColumns = @JoinColumn(name = "job_id"))
	@Column(name = "certificate_code")
	@BatchSize(size = 100)
	private Set<String> certificates = new TreeSet<>();

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected Job() {
	}

	/** A new open job from a checked draft. */
	Job(JobDraft d, String employerName, boolean employerVerified, String divisionPath, double latitude,
			double longitude, boolean demo, OffsetDateTime now) {
		this.employerUscc = d.enterpriseUscc();
		this.employerName = employerName;
		this.employerVerified = employerVerified;
		this.title = d.title();
		this.description = d.description();
		this.headcount = d.headcount();
		this.startDate = d.startDate();
		this.endDate = d.endDate();
		this.shifts = EnumSet.copyOf(d.shifts());
		this.payType = d.payType();
		this.payAmount = d.payAmount();
		this.divisionCode = d.divisionCode();
		this.divisionPath = divisionPath;
		this.latitude = latitude;
		this.longitude = longitude;
		this.meals = Boolean.TRUE.equals(d.meals());
		this.transport = Boolean.TRUE.equals(d.transport());
		this.accidentInsurance = Boolean.TRUE.equals(d.accidentInsurance());
		this.skills.addAll(d.skills());
		this.certificates.addAll(d.certificates());
		this.status = JobStatus.OPEN;
		this.demo = demo;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Suspended pending review after unpaid-work reports (open jobs only). */
	boolean suspend(OffsetDateTime now) {
		if (status != JobStatus.OPEN && status != JobStatus.FILLED) {
			return false;
		}
		status = JobStatus.SUSPENDED;
		updatedAt = now;
		return true;
	}

	/** Back to open when an administrator lifts the suspension. */
	boolean reinstate(OffsetDateTime now) {
		if (status != JobStatus.SUSPENDED) {
			return false;
		}
		status = JobStatus.OPEN;
		updatedAt = now;
		return true;
	}

	void requireOpen() {
		if (status != JobStatus.OPEN) {
			throw new ConflictException("workforce.job.not-open", status);
		}
	}

	/** FILLED when the accepted workers reach the headcount, OPEN again below it. */
	void updateFill(long accepted, OffsetDateTime now) {
		if (status == JobStatus.OPEN && accepted >= headcount) {
			status = JobStatus.FILLED;
			updatedAt = now;
		}
		else if (status == JobStatus.FILLED && accepted < headcount) {
			status = JobStatus.OPEN;
			updatedAt = now;
		}
	}

	/**
	 * The pay of one day: a daily amount, or the hourly one × the longest shift's hours.
	 */
	BigDecimal dailyEquivalent() {
		return payType == PayType.DAILY ? payAmount : payAmount.multiply(BigDecimal.valueOf(longestShiftHours()));
	}

	int longestShiftHours() {
		return shifts.stream().mapToInt(Shift::hours).max().orElse(8);
	}

	Long id() {
		return id;
	}

	String employerUscc() {
		return employerUscc;
	}

	String employerName() {
		return employerName;
	}

	boolean employerVerified() {
		return employerVerified;
	}

	void setEmployerVerified(boolean verified) {
		this.employerVerified = verified;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	int headcount() {
		return headcount;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	Set<Shift> shifts() {
		return shifts;
	}

	PayType payType() {
		return payType;
	}

	BigDecimal payAmount() {
		return payAmount;
	}

	String divisionCode() {
		return divisionCode;
	}

	String divisionPath() {
		return divisionPath;
	}

	double latitude() {
		return latitude;
	}

	double longitude() {
		return longitude;
	}

	boolean meals() {
		return meals;
	}

	boolean transport() {
		return transport;
	}

	boolean accidentInsurance() {
		return accidentInsurance;
	}

	JobStatus status() {
		return status;
	}

	boolean demo() {
		return demo;
	}

	Set<String> skills() {
		return skills;
	}

	Set<String> certificates() {
		return certificates;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	int version() {
		return version;
	}

}

package cn.lianshang.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.lianshang.shared.web.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A policy: its facts, its articles, its eligibility versions and golden cases. It guards
 * its own state machine (DRAFT → PUBLISHED → WITHDRAWN) and keeps every eligibility
 * version, so a past decision can be re-made with the tree in force on its date.
 */
@Entity
@Table(name = "policy")
class Policy {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
	@SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
	private Long id;

	private String title;

	private String issuer;

	private String documentNumber;

	private LocalDate issueDate;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	private String regionScope;

	private String regionPath;

	@Enumerated(EnumType.STRING)
	private HowToClaim howToClaim;

	@Enumerated(EnumType.STRING)
	private BenefitKind benefitKind;

	private String benefitAmount;

	private String contact;

	private boolean demo;

	@Enumerated(EnumType.STRING)
	private PolicyStatus status;

	private OffsetDateTime createdAt;

	private OffsetDateTime updatedAt;

	@Version
	@Column(name = "version")
	private int version;

	@ElementCollection
	@CollectionTable(name = "policy_article", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderBy("number")
	private List<PolicyArticle> articles = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "policy_version", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderBy("versionNo")
	private List<PolicyVersion> versions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "policy_golden_case", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderBy("name")
	private List<GoldenCase> goldenCases = new ArrayList<>();

	protected Policy() {
	}

	Policy(PolicyTerms terms, String regionPath, List<PolicyArticle> articles, String eligibilityJson,
			List<GoldenCase> goldenCases, boolean demo, OffsetDateTime now) {
		apply(terms, regionPath);
		this.articles.addAll(articles);
		this.versions.add(new PolicyVersion(1, terms.effectiveFrom(), eligibilityJson, now));
		this.goldenCases.addAll(goldenCases);
		this.demo = demo;
		this.status = PolicyStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void apply(PolicyTerms t, String regionPath) {
		this.title = t.title();
		this.issuer = t.issuer();
		this.documentNumber = t.documentNumber();
		this.issueDate = t.issueDate();
		this.effectiveFrom = t.effectiveFrom();
		this.effectiveTo = t.effectiveTo();
		this.regionScope = t.regionScope();
		this.regionPath = regionPath;
		this.howToClaim = t.howToClaim();
		this.benefitKind = t.benefitKind();
		this.benefitAmount = t.benefitAmount();
		this.contact = t.contact();
	}

	/** Adds a version of the eligibility; a published policy keeps every earlier one. */
	void amend(LocalDate from, String eligibilityJson, List<GoldenCase> newCases, OffsetDateTime now) {
		if (status == PolicyStatus.WITHDRAWN) {
			throw new ConflictException("policy.state", status, "amend");
		}
		versions.add(new PolicyVersion(latestVersion().versionNo() + 1, from, eligibilityJson, now));
		if (newCases != null) {
			goldenCases.clear();
			goldenCases.addAll(newCases);
		}
		updatedAt = now;
	}

	/**
	 * Rewrites a draft: terms, articles and golden cases replaced, the newest eligibility
	 * version replaced in place (while it is the only one, it follows the draft's
	 * effective date).
	 */
	void revise(PolicyTerms terms, String regionPath, List<PolicyArticle> newArticles, String eligibilityJson,
			List<GoldenCase> newCases, OffsetDateTime now) {
		if (status != PolicyStatus.DRAFT) {
			throw new ConflictException("policy.state", status, "revise");
		}
		apply(terms, regionPath);
		articles.clear();
		articles.addAll(newArticles);
		PolicyVersion latest = latestVersion();
		List<PolicyVersion> kept = new ArrayList<>(versions);
		kept.remove(latest);
		LocalDate from = kept.isEmpty() ? terms.effectiveFrom() : latest.effectiveFrom();
		versions.clear();
		versions.addAll(kept);
		versions.add(new PolicyVersion(latest.versionNo(), from, eligibilityJson, now));
		goldenCases.clear();
		goldenCases.addAll(newCases);
		updatedAt = now;
	}

	void publish(OffsetDateTime now) {
		if (status != PolicyStatus.DRAFT) {
			throw new ConflictException("policy.state", status, "publish");
		}
		status = PolicyStatus.PUBLISHED;
		updatedAt = now;
	}

	void withdraw(OffsetDateTime now) {
		if (status != PolicyStatus.PUBLISHED) {
			throw new ConflictException("policy.state", status, "withdraw");
		}
		status = PolicyStatus.WITHDRAWN;
		updatedAt = now;
	}

	PolicyVersion latestVersion() {
		return versions.stream().max(Comparator.comparing(PolicyVersion::versionNo)).orElseThrow();
	}

	/**
	 * The version in force on {@code date}: the newest version whose effective date is
	 * not after it; before the first effective date, the first version.
	 */
	PolicyVersion versionAt(LocalDate date) {
		Optional<PolicyVersion> inForce = versions.stream()
			.filter(v -> !v.effectiveFrom().isAfter(date))
			.max(Comparator.comparing(PolicyVersion::effectiveFrom).thenComparing(PolicyVersion::versionNo));
		return inForce
			.orElseGet(() -> versions.stream().min(Comparator.comparing(PolicyVersion::versionNo)).orElseThrow());
	}

	boolean inForceOn(LocalDate date) {
		return status == PolicyStatus.PUBLISHED && !date.isBefore(effectiveFrom)
				&& (effectiveTo == null || !date.isAfter(effectiveTo));
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	String issuer() {
		return issuer;
	}

	String documentNumber() {
		return documentNumber;
	}

	LocalDate issueDate() {
		return issueDate;
	}

	LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	LocalDate effectiveTo() {
		return effectiveTo;
	}

	String regionScope() {
		return regionScope;
	}

	String regionPath() {
		return regionPath;
	}

	HowToClaim howToClaim() {
		return howToClaim;
	}

	BenefitKind benefitKind() {
		return benefitKind;
	}

	String benefitAmount() {
		return benefitAmount;
	}

	String contact() {
		return contact;
	}

	boolean demo() {
		return demo;
	}

	PolicyStatus status() {
		return status;
	}

	OffsetDateTime updatedAt() {
		return updatedAt;
	}

	int version() {
		return version;
	}

	List<PolicyArticle> articles() {
		return List.copyOf(articles);
	}

	List<PolicyVersion> versions() {
		return List.copyOf(versions);
	}

	List<GoldenCase> goldenCases() {
		return List.copyOf(goldenCases);
	}

}

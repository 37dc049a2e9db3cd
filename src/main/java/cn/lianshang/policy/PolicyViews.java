package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API shows of policies. */
final class PolicyViews {

	private PolicyViews() {
	}

	/** A policy in a list. */
	record Summary(long id, String title, String issuer, String documentNumber, LocalDate issueDate,
			LocalDate effectiveFrom, LocalDate effectiveTo, String regionScope, String regionName,
			HowToClaim howToClaim, BenefitKind benefitKind, String benefitAmount, PolicyStatus status, boolean demo) {

	}

	record Article(int number, String label, String text) {

	}

	record VersionInfo(int versionNo, LocalDate effectiveFrom) {

	}

	record Case(String name, String expected, LocalDate on, JsonNode facts) {

	}

	/**
	 * One policy with its articles, the clause tree in force today, its versions and
	 * golden cases.
	 */
	record Detail(long id, String title, String issuer, String documentNumber, LocalDate issueDate,
			LocalDate effectiveFrom, LocalDate effectiveTo, String regionScope, String regionName,
			HowToClaim howToClaim, BenefitKind benefitKind, String benefitAmount, String contact, PolicyStatus status,
			boolean demo, int version, List<Article> articles, int eligibilityVersion, JsonNode eligibility,
			List<VersionInfo> versions, List<Case> goldenCases) {

	}

	/** The result of one golden case. */
	record CaseResult(String name, String expected, String actual, boolean passed) {

	}

	/**
	 * A golden case run in the editor's check: the outcome, the date it was evaluated at,
	 * the summary and the trace as plain-Chinese sentences.
	 */
	record CaseRun(String name, String expected, String actual, boolean passed, LocalDate on, String summary,
			List<String> sentences) {

	}

	/**
	 * A clause tree as plain Chinese for the pages: {@code kind} is {@code all},
	 * {@code any}, {@code not} or {@code leaf}; a leaf carries its requirement and the
	 * article that states it.
	 */
	record Condition(String kind, String text, String article, List<Condition> children) {

		public boolean leaf() {
			return "leaf".equals(kind);
		}

	}

}

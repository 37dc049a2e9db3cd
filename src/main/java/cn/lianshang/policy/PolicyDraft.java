package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A new policy as submitted: its terms, articles, clause tree (JSON, checked with error
 * paths) and golden cases.
 *
 * @param regionScope a division code (city, county, {@code SFZ}) or {@code METRO} for the
 * whole area
 */
record PolicyDraft(String title, String issuer, String documentNumber, LocalDate issueDate, LocalDate effectiveFrom,
		LocalDate effectiveTo, String regionScope, HowToClaim howToClaim, BenefitKind benefitKind, String benefitAmount,
		String contact, List<ArticleDraft> articles, JsonNode eligibility, List<GoldenCaseDraft> goldenCases) {

	record ArticleDraft(Integer number, String text) {

	}

	record GoldenCaseDraft(String name, CaseFacts facts, String expected, LocalDate on) {

	}

	PolicyTerms terms() {
		return new PolicyTerms(trim(title), trim(issuer), trim(documentNumber), issueDate, effectiveFrom, effectiveTo,
				trim(regionScope), howToClaim, benefitKind, trim(benefitAmount), trim(contact));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}

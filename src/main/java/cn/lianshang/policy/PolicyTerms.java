package cn.lianshang.policy;

import java.time.LocalDate;

/** A policy's facts apart from its text and eligibility. */
record PolicyTerms(String title, String issuer, String documentNumber, LocalDate issueDate, LocalDate effectiveFrom,
		LocalDate effectiveTo, String regionScope, HowToClaim howToClaim, BenefitKind benefitKind, String benefitAmount,
		String contact) {

}

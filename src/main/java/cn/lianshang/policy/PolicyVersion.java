package cn.lianshang.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One version of a policy's eligibility, in force from {@code effectiveFrom} until the
 * next version's date.
 */
@Embeddable
record PolicyVersion(@Column(name = "version_no") Integer versionNo,
		@Column(name = "effective_from") LocalDate effectiveFrom,
		@Column(name = "eligibility_json", length = 20000) String eligibilityJson,
		@Column(name = "created_at") OffsetDateTime createdAt) {

}

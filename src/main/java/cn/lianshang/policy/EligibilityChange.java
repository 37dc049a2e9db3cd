package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An amendment of a policy's eligibility: a new clause tree in force from
 * {@code effectiveFrom} (by default: the draft's own date, or today for a published
 * policy), optionally new golden cases, and the policy version the editor saw (optimistic
 * locking).
 */
record EligibilityChange(JsonNode eligibility, LocalDate effectiveFrom, List<PolicyDraft.GoldenCaseDraft> goldenCases,
		Integer expectedVersion) {

}

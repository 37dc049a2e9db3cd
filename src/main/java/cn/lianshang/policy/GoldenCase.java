package cn.lianshang.policy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A fixed example: these facts must give this outcome ({@code eligible},
 * {@code ineligible}, {@code unknown}) under the policy's newest eligibility, evaluated
 * on {@code onDate} (or that version's effective date).
 */
@Embeddable
record GoldenCase(@Column(name = "name") String name, @Column(name = "facts_json", length = 4000) String factsJson,
		@Column(name = "expected") String expected, @Column(name = "on_date") LocalDate onDate) {

}

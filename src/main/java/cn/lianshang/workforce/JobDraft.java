package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/v1/jobs}. An enterprise account posts for itself
 * ({@code enterpriseUscc} may be omitted); an administrator names the enterprise.
 *
 * @param divisionCode where the work is: a county or township; the enterprise's own
 * division when omitted
 * @param payAmount yuan per day ({@code DAILY}) or per hour ({@code HOURLY}); never below
 * the Liaoning minimum wage of the place
 */
record JobDraft(String enterpriseUscc, String title, String description, Integer headcount, List<String> skills,
		List<String> certificates, LocalDate startDate, LocalDate endDate, Set<Shift> shifts, PayType payType,
		BigDecimal payAmount, String divisionCode, Boolean meals, Boolean transport, Boolean accidentInsurance) {

	JobDraft {
		skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).toList();
		certificates = certificates == null ? List.of() : certificates.stream().filter(Objects::nonNull).toList();
		shifts = shifts == null ? Set.of()
				: shifts.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

}

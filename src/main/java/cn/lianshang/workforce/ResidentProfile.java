package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a resident says about themself: the body of {@code PUT /api/v1/residents/me} and
 * part of the registration. Skill and certificate names may be codes or synonyms (电焊工 →
 * WELDER).
 *
 * @param communityCode the home community: a township-level division (街道/乡镇)
 * @param maxTravelKm how far the resident will travel to work, 1–100 km
 * @param expectedDailyWage the daily pay the resident hopes for, in yuan (optional)
 * @param hardToEmploy 就业困难人员, declared by the resident (optional; never shown to
 * employers)
 */
record ResidentProfile(String displayName, String idNumber, String address, String communityCode, Integer maxTravelKm,
		BigDecimal expectedDailyWage, Boolean hardToEmploy, Set<DayOfWeek> availableDays, Set<Shift> availableShifts,
		List<String> skills, List<String> certificates) {

	ResidentProfile {
		availableDays = availableDays == null ? Set.of()
				: availableDays.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		availableShifts = availableShifts == null ? Set.of()
				: availableShifts.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).toList();
		certificates = certificates == null ? List.of() : certificates.stream().filter(Objects::nonNull).toList();
	}

}

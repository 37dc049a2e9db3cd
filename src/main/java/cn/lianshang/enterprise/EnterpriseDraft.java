package cn.lianshang.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * What is given to register or change an enterprise: from the API, a form, or an imported
 * row. Validated as a whole by {@link EnterpriseRegistry}, which reports every broken
 * rule at once.
 */
public record EnterpriseDraft(String uscc, String name, String divisionCode, String industryCode, String address,
		Double latitude, Double longitude, Scale scale, Integer employees, RevenueBand revenueBand, LocalDate foundedOn,
		EnterpriseStatus status, List<String> qualifications) {

}

package cn.lianshang.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An enterprise as the registry shows it to callers whose scope includes it. */
public record EnterpriseView(String uscc, String name, String divisionCode, String divisionName, String industryCode,
		String industryName, String address, Double latitude, Double longitude, Scale scale, Integer employees,
		RevenueBand revenueBand, LocalDate foundedOn, EnterpriseStatus status, List<String> qualifications,
		boolean demo, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

}

package cn.lianshang.metro.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A stored data value as the API and pages show it. */
public record DataValueView(String indicator, String orgUnit, String period, String periodType, BigDecimal value,
		String source, String comment, boolean demo, String createdBy, OffsetDateTime createdAt, String updatedBy,
		OffsetDateTime updatedAt) {

}

package cn.lianshang.metro.projects;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A key project as the API and pages show it; {@code investment} in 亿元 (null: the seeds
 * give no figure).
 */
public record KeyProjectView(String code, String name, String nameEn, String orgUnit, String orgUnitName, String sector,
		BigDecimal investment, Integer startYear, Integer finishYear, ProjectStatus status, Integer progress,
		String sourceFile, String quote, boolean demo, OffsetDateTime updatedAt) {

}

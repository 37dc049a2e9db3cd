package cn.lianshang.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lianshang.workforce.*}.
 *
 * @param unpaidReports how many distinct residents reporting unpaid work suspend an
 * employer's jobs until an administrator lifts it
 * @param candidates how many retrieved candidates are re-ranked
 * @param searchRadiusKm the largest radius retrieval looks in (a resident's own max
 * travel is checked by the ranking)
 * @param demoResidents demo residents, spread over every county
 * @param demoJobs demo jobs, from demo enterprises
 */
@ConfigurationProperties("lianshang.workforce")
record WorkforceSettings(@DefaultValue("3") int unpaidReports, @DefaultValue("200") int candidates,
		@DefaultValue("80") double searchRadiusKm, @DefaultValue("1000") int demoResidents,
		@DefaultValue("200") int demoJobs) {

}

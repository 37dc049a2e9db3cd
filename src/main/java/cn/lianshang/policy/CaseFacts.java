package cn.lianshang.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.lianshang.enterprise.RevenueBand;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.policy.model.SmartManufacturing;

/**
 * Enterprise facts as people write them: codes rather than paths, a revenue band or an
 * exact figure. Used for golden cases and for facts an enterprise supplies itself (研发投入,
 * 信用 ...). Every field may be absent.
 *
 * @param division a division code
 * @param industry a GB/T 4754 class code
 * @param revenueWan an exact annual revenue in 万元 (wins over {@code revenueBand} when
 * both are given)
 * @param credit {@code GOOD} (no serious dishonesty record) or {@code DISHONEST}
 */
record CaseFacts(String division, String industry, Scale scale, Integer employees, RevenueBand revenueBand,
		Long revenueWan, LocalDate foundedOn, List<String> qualifications, Credit credit, BigDecimal rdSharePercent,
		Integer graduateHires, Boolean firstSet, SmartManufacturing smartManufacturing) {

	enum Credit {

		GOOD, DISHONEST

	}

	static CaseFacts none() {
		return new CaseFacts(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}

package cn.lianshang.enterprise;

/**
 * A registry search. Every filter is optional; {@code division} and {@code industry}
 * include what lies below them.
 *
 * @param q words of the name, or a 统一社会信用代码 (whole or its beginning)
 * @param sort {@code relevance} (default with q), {@code name}, {@code founded},
 * {@code employees}, {@code updated}; prefix with {@code -} for descending
 */
public record EnterpriseQuery(String q, String division, String industry, String qualification, Scale scale,
		EnterpriseStatus status, String sort, int page, int size) {

	public EnterpriseQuery {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), 200);
	}

	public static EnterpriseQuery all(int page, int size) {
		return new EnterpriseQuery(null, null, null, null, null, null, null, page, size);
	}

}

package cn.lianshang.policy.model;

/**
 * The enterprise facts clauses read. Each names what it is in Chinese and which
 * department holds it, so that an unknown outcome can tell the enterprise where the
 * missing fact comes from. A leaf clause reads exactly one fact, which is what later
 * allows one bitset per fact value over all enterprises.
 */
public enum Fact {

	DIVISION("division", "注册地", "市场监管部门（企业登记）"), INDUSTRY("industry", "所属行业", "统计部门（国民经济行业分类）"),
	SCALE("scale", "企业规模", "统计部门"), EMPLOYEES("employees", "参保职工人数", "人社部门（社保参保）"),
	REVENUE("revenue", "营业收入", "税务部门/统计部门"), FOUNDED("foundedOn", "成立日期", "市场监管部门（企业登记）"),
	QUALIFICATIONS("qualifications", "资质认定", "科技部门/工业和信息化部门"), CREDIT("credit", "信用状况", "市发展改革委/信用中国（辽宁）"),
	RD_SHARE("rdSharePercent", "研发投入占营业收入比例", "税务部门/统计部门"), GRADUATE_HIRES("graduateHires", "新招用高校毕业生人数", "人社部门（社保参保）"),
	FIRST_SET("firstSet", "首台（套）重大技术装备认定", "工业和信息化部门"),
	SMART_MANUFACTURING("smartManufacturing", "数字化车间/智能工厂认定", "工业和信息化部门");

	private final String key;

	private final String label;

	private final String heldBy;

	Fact(String key, String label, String heldBy) {
		this.key = key;
		this.label = label;
		this.heldBy = heldBy;
	}

	/**
	 * The name used in traces ({@code factsUsed}, {@code factsMissing}) and in supplied
	 * facts.
	 */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	/** The department that holds the fact. */
	public String heldBy() {
		return heldBy;
	}

}

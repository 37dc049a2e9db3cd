package cn.lianshang.policy;

/** What a policy gives. */
public enum BenefitKind {

	/** 资金补贴 / 奖励 */
	SUBSIDY,
	/** 贷款贴息 */
	LOAN_INTEREST,
	/** 税费减免 */
	TAX_RELIEF,
	/** 保险补偿 */
	INSURANCE,
	/** 资质认定 */
	RECOGNITION,
	/** 用地用房 */
	LAND_AND_PREMISES,
	/** 人才 */
	TALENT,
	/** 社保补贴 / 稳岗返还 */
	EMPLOYMENT

}

package cn.lianshang.metro.projects;

/** Where a key project stands. */
public enum ProjectStatus {

	/** 前期工作: studies, approvals. */
	PREPARATION,
	/** 已立项: approved, not started. */
	APPROVED,
	/** 在建. */
	UNDER_CONSTRUCTION,
	/** 建成 / 通车 / 投产. */
	COMPLETED

}

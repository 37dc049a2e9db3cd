package cn.lianshang.enterprise;

/** 登记状态: 存续（在业）, 停业, 吊销, 注销, 迁出. */
public enum EnterpriseStatus {

	ACTIVE, SUSPENDED, REVOKED, DEREGISTERED, MOVED_OUT

}

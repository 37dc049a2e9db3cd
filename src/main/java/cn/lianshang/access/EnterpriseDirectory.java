package cn.lianshang.access;

/**
 * Whether an enterprise is registered: asked when an ENTERPRISE account is bound to a
 * 统一社会信用代码. Implemented by the enterprise module (which depends on this one, not the
 * other way round).
 */
public interface EnterpriseDirectory {

	boolean isRegistered(String uscc);

}

package cn.lianshang.enterprise;

/** Published when an enterprise is registered (one by one or by import). */
public record EnterpriseRegistered(String uscc, String divisionCode, String industryCode) {

}

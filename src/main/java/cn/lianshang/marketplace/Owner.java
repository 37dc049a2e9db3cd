package cn.lianshang.marketplace;

/**
 * The posting enterprise as a demand or offer keeps it: copied at posting time from the
 * registry.
 */
record Owner(String uscc, String name, String divisionCode, String divisionPath, Double latitude, Double longitude) {

}

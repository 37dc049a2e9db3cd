package cn.lianshang.enterprise;

import java.util.Set;

/**
 * Published when facts of an enterprise change; {@code fields} names which (policy
 * re-evaluation uses it).
 */
public record EnterpriseChanged(String uscc, Set<String> fields) {

}

package cn.lianshang.enterprise;

/**
 * The public registry facts of one enterprise that other modules may keep on their own
 * records whatever the caller's scope — the facts the public card shows: 统一社会信用代码, name,
 * division and industry class (no contact, size or coordinates). Used by the chain module
 * to record a supply edge with a counterparty outside the caller's jurisdiction.
 */
public record EnterpriseFacts(String uscc, String name, String divisionCode, String industryCode) {

}

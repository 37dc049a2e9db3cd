package cn.lianshang.chain;

import java.util.List;

/**
 * A node as written in {@code chain/nodes.csv} or sent by a chain officer.
 *
 * @param segment 上游, 中游 or 下游
 * @param code unique within the chain, e.g. {@code AUTO-ENGINE}
 * @param kind MATERIAL, PART, SUBSYSTEM, EQUIPMENT, PRODUCT or SERVICE
 * @param industryCodes GB/T 4754-2017 classes (4 digits)
 * @param keywords words looked for in enterprise names
 * @param weight strategic weight 1–5
 */
public record NodeSpec(String segment, String code, String name, String kind, List<String> industryCodes,
		List<String> keywords, int weight) {

	public static final List<String> SEGMENTS = List.of("上游", "中游", "下游");

	public static final List<String> KINDS = List.of("MATERIAL", "PART", "SUBSYSTEM", "EQUIPMENT", "PRODUCT",
			"SERVICE");

}

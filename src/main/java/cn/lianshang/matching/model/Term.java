package cn.lianshang.matching.model;

import java.util.List;

/**
 * One entry of a taxonomy: a process, a material grade, a raw-material category or a
 * certification.
 *
 * @param code the stable code stored in demands and offers ({@code TURNING}, {@code C45})
 * @param name the Chinese display name (车削, 45 号钢)
 * @param family the group inside which a substitute is a near fit ({@code CUTTING},
 * {@code CARBON_STEEL}); may be empty
 * @param category for a material grade, the raw-material category it is usually sold
 * under; empty otherwise
 * @param synonyms the normalised spellings that free text may use
 */
public record Term(String code, String name, String family, String category, List<String> synonyms) {

	public Term {
		synonyms = List.copyOf(synonyms);
	}

}

package cn.lianshang.chain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A node of one version of a chain. Rows are never changed: an edit writes a new version.
 */
@Entity
@Table(name = "chain_node")
class ChainNode {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chain_node_seq")
	@SequenceGenerator(name = "chain_node_seq", sequenceName = "chain_node_seq", allocationSize = 50)
	private Long id;

	@Column(name = "chain_code")
	private String chainCode;

	private int version;

	private String segment;

	private String code;

	private String name;

	private String kind;

	@Column(name = "industry_codes")
	private String industryCodes;

	private String keywords;

	private int weight;

	@Column(name = "sort_order")
	private int sortOrder;

	protected ChainNode() {
	}

	ChainNode(String chainCode, int version, int sortOrder, NodeSpec spec) {
		this.chainCode = chainCode;
		this.version = version;
		this.sortOrder = sortOrder;
		this.segment = spec.segment();
		this.code = spec.code();
		this.name = spec.name();
		this.kind = spec.kind();
		this.industryCodes = String.join("|", spec.industryCodes());
		this.keywords = String.join("|", spec.keywords());
		this.weight = spec.weight();
	}

	String chainCode() {
		return chainCode;
	}

	String segment() {
		return segment;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	int weight() {
		return weight;
	}

	int sortOrder() {
		return sortOrder;
	}

	List<String> industryCodes() {
		return split(industryCodes);
	}

	List<String> keywords() {
		return split(keywords);
	}

	NodeSpec spec() {
		return new NodeSpec(segment, code, name, kind, industryCodes(), keywords(), weight);
	}

	private static List<String> split(String s) {
		return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).filter(x -> !x.isBlank()).toList();
	}

}

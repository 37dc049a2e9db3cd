package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.List;

/** What the chain module shows: records for the API and the pages. */
public final class ChainViews {

	private ChainViews() {
	}

	/** A chain in the list: {@code group} is LAOZIHAO, YUANZIHAO, XINZIHAO or NEWIT. */
	public record ChainSummary(String code, String name, String group) {

	}

	public record NodeView(String code, String name, String kind, List<String> industryCodes, List<String> keywords,
			int weight, long enterpriseCount) {

	}

	public record SegmentView(String name, List<NodeView> nodes) {

	}

	public record ChainDetail(String code, String name, String nameEn, String group, int version,
			List<SegmentView> segments) {

	}

	public record VersionView(int version, String note, String createdBy, OffsetDateTime createdAt) {

	}

	public record AssignmentView(Long id, String chainCode, String nodeCode, String uscc, String enterpriseName,
			String industryCode, String divisionCode, Double latitude, Double longitude, String status,
			boolean leadFirm, String reason, String decidedBy, OffsetDateTime decidedAt, boolean enterpriseActive) {

	}

	public record EdgeView(Long id, String chainCode, String nodeCode, String supplierUscc, String supplierName,
			String supplierDivisionCode, String supplierLocation, boolean supplierInside, String buyerUscc,
			String buyerName, String buyerDivisionCode, String valueBand, String provenance, String sourceRef,
			String createdBy, OffsetDateTime createdAt, boolean supplierActive, boolean buyerActive) {

	}

	/** The fixed shape of {@code /local-supporting-rate}. */
	public record Rate(double byCount, double byValue, int edges) {

	}

	/** A rate of one part of a chain: a city's buyers or one lead firm. */
	public record RateRow(String key, String label, double byCount, double byValue, int edges) {

	}

	public record RateBreakdown(Rate chain, List<RateRow> byCity, List<RateRow> byLeadFirm) {

	}

	/** The fixed shape of {@code /gaps}. */
	public record GapView(String nodeCode, double score, String reason) {

	}

}

package cn.lianshang.chain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A supplier sells to a buyer on a chain node, in an annual value band. The buyer is an
 * enterprise of the registry; the supplier is one too (inside the metropolitan area) or
 * lies outside it, with no division and its province/city in {@code supplierLocation}.
 */
@Entity
@Table(name = "supply_edge")
class SupplyEdge {

	enum Provenance {

		/** Recorded from a completed marketplace deal. */
		DEAL,
		/** Declared by the supplier or the buyer. */
		DECLARED,
		/** Demo data. */
		DEMO

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_edge_seq")
	@SequenceGenerator(name = "supply_edge_seq", sequenceName = "supply_edge_seq", allocationSize = 50)
	private Long id;

	@Column(name = "chain_code")
	private String chainCode;

	@Column(name = "node_code")
	private String nodeCode;

	@Column(name = "supplier_uscc")
	private String supplierUscc;

	@Column(name = "supplier_name")
	private String supplierName;

	@Column(name = "supplier_division_code")
	private String supplierDivisionCode;

	@Column(name = "supplier_division_path")
	private String supplierDivisionPath;

	@Column(name = "supplier_location")
	private String supplierLocation;

	@Column(name = "buyer_uscc")
	private String buyerUscc;

	@Column(name = "buyer_name")
	private String buyerName;

	@Column(name = "buyer_division_code")
	private String buyerDivisionCode;

	@Column(name = "buyer_division_path")
	private String buyerDivisionPath;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_band")
	private ValueBand valueBand;

	@Enumerated(EnumType.STRING)
	private Provenance provenance;

	@Column(name = "source_ref")
	private String sourceRef;

	@Column(name = "created_by")
	private String createdBy;

	/** False while the supplier (an enterprise of the registry) is not 存续. */
	@Column(name = "supplier_active")
	private boolean supplierActive = true;

	/** False while the buyer is not 存续. */
	@Column(name = "buyer_active")
	private boolean buyerActive = true;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected SupplyEdge() {
	}

	SupplyEdge(String chainCode, String nodeCode, Party supplier, Party buyer, ValueBand valueBand,
			Provenance provenance, String sourceRef, String createdBy, OffsetDateTime createdAt) {
		this.chainCode = chainCode;
		this.nodeCode = nodeCode;
		this.supplierUscc = supplier.uscc();
		this.supplierName = supplier.name();
		this.supplierDivisionCode = supplier.divisionCode();
		this.supplierDivisionPath = supplier.divisionPath();
		this.supplierLocation = supplier.location();
		this.buyerUscc = buyer.uscc();
		this.buyerName = buyer.name();
		this.buyerDivisionCode = buyer.divisionCode();
		this.buyerDivisionPath = buyer.divisionPath();
		this.valueBand = valueBand;
		this.provenance = provenance;
		this.sourceRef = sourceRef;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * One side of an edge: an enterprise of the registry (with its division), or a
	 * supplier outside the area (no division, a location text).
	 */
	record Party(String uscc, String name, String divisionCode, String divisionPath, String location) {

		boolean inside() {
			return divisionCode != null;
		}

	}

	/**
	 * Sets the flag of the side(s) that {@code uscc} is on; returns whether it changed.
	 */
	boolean follow(String uscc, boolean active) {
		boolean changed = false;
		if (uscc.equals(supplierUscc) && supplierActive != active) {
			supplierActive = active;
			changed = true;
		}
		if (uscc.equals(buyerUscc) && buyerActive != active) {
			buyerActive = active;
			changed = true;
		}
		return changed;
	}

	boolean supplierInside() {
		return supplierDivisionCode != null;
	}

	String chainCode() {
		return chainCode;
	}

	String nodeCode() {
		return nodeCode;
	}

	String buyerUscc() {
		return buyerUscc;
	}

	String buyerDivisionPath() {
		return buyerDivisionPath;
	}

	String supplierDivisionPath() {
		return supplierDivisionPath;
	}

	ValueBand valueBand() {
		return valueBand;
	}

	Long id() {
		return id;
	}

	ChainViews.EdgeView view() {
		return new ChainViews.EdgeView(id, chainCode, nodeCode, supplierUscc, supplierName, supplierDivisionCode,
				supplierLocation, supplierInside(), buyerUscc, buyerName, buyerDivisionCode, valueBand.name(),
				provenance.name(), sourceRef, createdBy, createdAt, supplierActive, buyerActive);
	}

}

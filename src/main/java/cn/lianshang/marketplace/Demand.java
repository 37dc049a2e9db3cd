package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import cn.lianshang.matching.model.Scenario;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 需求: what an enterprise wants made or bought. Indexed so that a new offer finds the open
 * demands it serves.
 */
@Entity
@Table(name = "demand")
@Indexed(index = "demand")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class Demand {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demand_seq")
	@SequenceGenerator(name = "demand_seq", sequenceName = "demand_seq", allocationSize = 50)
	private Long id;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private PostingStatus status;

	@KeywordField
	@Column(name = "owner_uscc")
	private String ownerUscc;

	@Column(name = "owner_name")
	private String ownerName;

	@FullTextField(analyzer = PostingAnalysis.TITLE, searchAnalyzer = PostingAnalysis.TITLE_QUERY)
	private String title;

	@FullTextField(analyzer = PostingAnalysis.TEXT)
	private String description;

	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "division_path")
	private String divisionPath;

	@Latitude
	private Double latitude;

	@Longitude
	private Double longitude;

	@Column(name = "delivery_area")
	private String deliveryArea;

	@KeywordField(name = "category")
	@Column(name = "material_category")
	private String materialCategory;

	@Column(name = "tolerance_it")
	private Integer toleranceIt;

	@Column(name = "tolerance_um")
	private Double toleranceUm;

	@Column(name = "size_x_mm")
	private Double sizeX;

	@Column(name = "size_y_mm")
	private Double sizeY;

	@Column(name = "size_z_mm")
	private Double sizeZ;

	private BigDecimal quantity;

	private String unit;

	@GenericField
	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "max_unit_price")
	private BigDecimal maxUnitPrice;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	@jakarta.persistence.Embedded
	private LeaseTerms lease;

	@ElementCollection
	@CollectionTable(name = "demand_process", joinColumns = @JoinColumn(name = "demand_id"))
	@Column(name = "process_code")
	@BatchSize(size = 100)
	@KeywordField(name = "processes")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> processes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "demand_material", joinColumns = @JoinColumn(name = "demand_id"))
	@Column(name = "material_code")
	@BatchSize(size = 100)
	@KeywordField(name = "materials")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> materials = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "demand_certification", joinColumns = @JoinColumn(name = "demand_id"))
	@Column(name = "certification_code")
	@BatchSize(size = 100)
	@KeywordField(name = "certifications")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> certifications = new TreeSet<>();

	/**
	 * The version of the demand index's layout; {@link MarketplaceIndex} rebuilds an
	 * index whose documents carry another (or none). Raise it whenever the mapping or its
	 * analyzers change.
	 */
	static final int INDEX_SCHEMA = 1;

	@GenericField(name = "indexSchema")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	int getIndexSchema() {
		return INDEX_SCHEMA;
	}

	protected Demand() {
	}

	Demand(DemandDraft d, Owner owner, OffsetDateTime now) {
		this.scenario = d.scenario();
		this.status = PostingStatus.OPEN;
		this.ownerUscc = owner.uscc();
		this.ownerName = owner.name();
		this.title = d.title();
		this.description = d.description();
		this.divisionCode = owner.divisionCode();
		this.divisionPath = owner.divisionPath();
		this.latitude = owner.latitude();
		this.longitude = owner.longitude();
		this.deliveryArea = d.deliveryArea();
		this.materialCategory = d.materialCategory();
		this.toleranceIt = d.toleranceIt();
		this.toleranceUm = d.toleranceUm();
		List<Double> size = d.sizeMm();
		if (size != null && size.size() == 3) {
			this.sizeX = size.get(0);
			this.sizeY = size.get(1);
			this.sizeZ = size.get(2);
		}
		this.quantity = d.quantity();
		this.unit = d.unit();
		this.dueDate = d.dueDate();
		this.maxUnitPrice = d.maxUnitPrice();
		this.processes.addAll(d.processes());
		this.materials.addAll(d.materials());
		this.certifications.addAll(d.certifications());
		this.lease = d.lease();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The lease terms of a PLANT or EQUIPMENT post, else null. */
	LeaseTerms lease() {
		return lease;
	}

	/** Awarded (or withdrawn by its owner): no longer open for responses or matching. */
	void close(OffsetDateTime now) {
		this.status = PostingStatus.CLOSED;
		this.updatedAt = now;
	}

	@KeywordField(name = "divisions")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "divisionPath")))
	List<String> getDivisionLineage() {
		return Arrays.asList(divisionPath.split("/"));
	}

	Long id() {
		return id;
	}

	Scenario scenario() {
		return scenario;
	}

	PostingStatus status() {
		return status;
	}

	String ownerUscc() {
		return ownerUscc;
	}

	String ownerName() {
		return ownerName;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	String divisionCode() {
		return divisionCode;
	}

	Double latitude() {
		return latitude;
	}

	Double longitude() {
		return longitude;
	}

	String deliveryArea() {
		return deliveryArea;
	}

	String materialCategory() {
		return materialCategory;
	}

	Integer toleranceIt() {
		return toleranceIt;
	}

	Double toleranceUm() {
		return toleranceUm;
	}

	List<Double> sizeMm() {
		return sizeX == null ? null : List.of(sizeX, sizeY, sizeZ);
	}

	BigDecimal quantity() {
		return quantity;
	}

	String unit() {
		return unit;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	BigDecimal maxUnitPrice() {
		return maxUnitPrice;
	}

	/** The optimistic-lock version: changes with every change of the demand. */
	int version() {
		return version;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	Set<String> processes() {
		return processes;
	}

	Set<String> materials() {
		return materials;
	}

	Set<String> certifications() {
		return certifications;
	}

}

package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

import cn.lianshang.matching.model.Scenario;
import cn.lianshang.shared.search.ChineseAnalysisConfigurer;
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
 * 供给: what an enterprise can supply or make. Indexed for retrieval: text with the Chinese
 * analyzers, codes as keywords, the owner's location as a geo point.
 */
@Entity
@Table(name = "offer")
@Indexed(index = "offer")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class Offer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
	@SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private PostingStatus status;

	@KeywordField(projectable = Projectable.YES)
	@Column(name = "owner_uscc")
	private String ownerUscc;

	@FullTextField(name = "ownerName", analyzer = ChineseAnalysisConfigurer.NAME,
			searchAnalyzer = ChineseAnalysisConfigurer.NAME_QUERY, projectable = Projectable.YES)
	@Column(name = "owner_name")
	private String ownerName;

	@FullTextField(analyzer = PostingAnalysis.TITLE, searchAnalyzer = PostingAnalysis.TITLE_QUERY,
			projectable = Projectable.YES)
	private String title;

	@FullTextField(analyzer = PostingAnalysis.TEXT)
	private String description;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "division_path")
	private String divisionPath;

	@Latitude
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private Double latitude;

	@Longitude
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private Double longitude;

	@Column(name = "delivery_area")
	private String deliveryArea;

	@GenericField(projectable = Projectable.YES)
	@Column(name = "tolerance_it")
	private Integer toleranceIt;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "tolerance_um")
	private Double toleranceUm;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "envelope_x_mm")
	private Double envelopeX;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "envelope_y_mm")
	private Double envelopeY;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "envelope_z_mm")
	private Double envelopeZ;

	@Column(name = "batch_min")
	private BigDecimal batchMin;

	@Column(name = "batch_max")
	private BigDecimal batchMax;

	/** numeric(18, 3) in the table: the index keeps the same scale. */
	@ScaledNumberField(decimalScale = 3, projectable = Projectable.YES)
	@Column(name = "monthly_capacity")
	private BigDecimal monthlyCapacity;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String unit;

	@GenericField(projectable = Projectable.YES)
	@Column(name = "lead_time_days")
	private Integer leadTimeDays;

	@Column(name = "min_order")
	private BigDecimal minOrder;

	/** numeric(18, 2) in the table: the index keeps the same scale. */
	@ScaledNumberField(decimalScale = 2, projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "unit_price")
	private BigDecimal unitPrice;

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
	@CollectionTable(name = "offer_process", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "process_code")
	@BatchSize(size = 100)
	@KeywordField(name = "processes", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> processes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_material", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "material_code")
	@BatchSize(size = 100)
	@KeywordField(name = "materials", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> materials = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_category", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "category_code")
	@BatchSize(size = 100)
	@KeywordField(name = "categories", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> categories = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_certification", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "certification_code")
	@BatchSize(size = 100)
	@KeywordField(name = "certifications", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> certifications = new TreeSet<>();

	protected Offer() {
	}

	Offer(OfferDraft d, Owner owner, OffsetDateTime now) {
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
		this.toleranceIt = d.toleranceIt();
		this.toleranceUm = d.toleranceUm();
		List<Double> env = d.envelopeMm();
		if (env != null && env.size() == 3) {
			this.envelopeX = env.get(0);
			this.envelopeY = env.get(1);
			this.envelopeZ = env.get(2);
		}
		this.batchMin = d.batchMin();
		this.batchMax = d.batchMax();
		this.monthlyCapacity = d.monthlyCapacity();
		this.unit = d.unit();
		this.leadTimeDays = d.leadTimeDays();
		this.minOrder = d.minOrder();
		this.unitPrice = d.unitPrice();
		this.processes.addAll(d.processes());
		this.materials.addAll(d.materials());
		this.categories.addAll(d.categories());
		this.certifications.addAll(d.certifications());
		this.lease = d.lease();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The version of the offer index's layout; {@link MarketplaceIndex} rebuilds an index
	 * whose documents carry another (or none). Raise it whenever the mapping or its
	 * analyzers change (3: {@link PostingAnalysis} on title and description).
	 */
	static final int INDEX_SCHEMA = 3;

	@GenericField(name = "indexSchema")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	int getIndexSchema() {
		return INDEX_SCHEMA;
	}

	/** The lease terms of a PLANT or EQUIPMENT post, else null. */
	LeaseTerms lease() {
		return lease;
	}

	/**
	 * Every division the owner lies in: its own and all above it, so a filter on 沈阳市
	 * finds 铁西区's offers.
	 */
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

	Integer toleranceIt() {
		return toleranceIt;
	}

	Double toleranceUm() {
		return toleranceUm;
	}

	List<Double> envelopeMm() {
		return envelopeX == null ? null : List.of(envelopeX, envelopeY, envelopeZ);
	}

	BigDecimal batchMin() {
		return batchMin;
	}

	BigDecimal batchMax() {
		return batchMax;
	}

	BigDecimal monthlyCapacity() {
		return monthlyCapacity;
	}

	String unit() {
		return unit;
	}

	Integer leadTimeDays() {
		return leadTimeDays;
	}

	BigDecimal minOrder() {
		return minOrder;
	}

	BigDecimal unitPrice() {
		return unitPrice;
	}

	/** The optimistic-lock version: changes with every change of the offer. */
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

	Set<String> categories() {
		return categories;
	}

	Set<String> certifications() {
		return certifications;
	}

}

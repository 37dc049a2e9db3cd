package cn.lianshang.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
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

import cn.lianshang.shared.search.ChineseAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered enterprise. Plain CRUD with validation in {@link EnterpriseRegistry};
 * indexed for search.
 */
@Entity
@Table(name = "enterprise")
@Indexed(index = "enterprise")
@GeoPointBinding(fieldName = "location")
class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
	@SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
	private Long id;

	@KeywordField(sortable = Sortable.YES, projectable = Projectable.YES)
	private String uscc;

	@FullTextField(analyzer = ChineseAnalysisConfigurer.NAME, searchAnalyzer = ChineseAnalysisConfigurer.NAME_QUERY)
	@KeywordField(name = "name_sort", normalizer = ChineseAnalysisConfigurer.SORT, sortable = Sortable.YES,
			searchable = Searchable.NO)
	private String name;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "division_path")
	private String divisionPath;

	@KeywordField
	@Column(name = "industry_code")
	private String industryCode;

	@Column(name = "industry_path")
	private String industryPath;

	private String address;

	@Latitude
	private Double latitude;

	@Longitude
	private Double longitude;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private Scale scale;

	@GenericField(sortable = Sortable.YES)
	private Integer employees;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(name = "revenue_band")
	private RevenueBand revenueBand;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "founded_on")
	private LocalDate foundedOn;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private EnterpriseStatus status;

	@GenericField
	private boolean demo;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "enterprise_qualification", joinColumns = @JoinColumn(name = "enterprise_id"))
	@Column(name = "qualification_code")
	@BatchSize(size = 100)
	@KeywordField(name = "qualifications")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<String> qualifications = new TreeSet<>();

	protected Enterprise() {
	}

	Enterprise(EnterpriseDraft draft, String divisionPath, String industryPath, boolean demo, OffsetDateTime now) {
		this.uscc = draft.uscc();
		this.demo = demo;
		this.createdAt = now;
		apply(draft, divisionPath, industryPath, now);
	}

	void apply(EnterpriseDraft draft, String divisionPath, String industryPath, OffsetDateTime now) {
		this.name = draft.name().trim();
		this.divisionCode = draft.divisionCode();
		this.divisionPath = divisionPath;
		this.industryCode = draft.industryCode();
		this.industryPath = industryPath;
		this.address = draft.address();
		this.latitude = draft.latitude();
		this.longitude = draft.longitude();
		this.scale = draft.scale() == null ? Scale.BELOW : draft.scale();
		this.employees = draft.employees();
		this.revenueBand = draft.revenueBand();
		this.foundedOn = draft.foundedOn();
		this.status = draft.status() == null ? EnterpriseStatus.ACTIVE : draft.status();
		this.qualifications.clear();
		if (draft.qualifications() != null) {
			this.qualifications.addAll(draft.qualifications());
		}
		this.updatedAt = now;
	}

	/**
	 * Every division this enterprise lies in: its own and all above it (so a filter on
	 * 沈阳市 finds 铁西区's).
	 */
	@KeywordField(name = "divisions")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "divisionPath")))
	List<String> getDivisionLineage() {
		return Arrays.asList(divisionPath.split("/"));
	}

	/**
	 * Every GB/T 4754 level this enterprise's class lies in: section, division, group and
	 * class.
	 */
	@KeywordField(name = "industries")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industryPath")))
	List<String> getIndustryLineage() {
		return Arrays.asList(industryPath.split("/"));
	}

	Long id() {
		return id;
	}

	String uscc() {
		return uscc;
	}

	String name() {
		return name;
	}

	String divisionCode() {
		return divisionCode;
	}

	String divisionPath() {
		return divisionPath;
	}

	String industryCode() {
		return industryCode;
	}

	String address() {
		return address;
	}

	Double latitude() {
		return latitude;
	}

	Double longitude() {
		return longitude;
	}

	Scale scale() {
		return scale;
	}

	Integer employees() {
		return employees;
	}

	RevenueBand revenueBand() {
		return revenueBand;
	}

	LocalDate foundedOn() {
		return foundedOn;
	}

	EnterpriseStatus status() {
		return status;
	}

	boolean demo() {
		return demo;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	OffsetDateTime updatedAt() {
		return updatedAt;
	}

	int version() {
		return version;
	}

	Set<String> qualifications() {
		return qualifications;
	}

}

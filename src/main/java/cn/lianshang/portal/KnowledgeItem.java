package cn.lianshang.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A knowledge item of the service page (企业知识服务中心): a policy interpretation, chain news or
 * a training, aimed at enterprises whose industry code starts with {@code industryPrefix}
 * (letter-prefixed, e.g. {@code C34}) and/or that lie in {@code divisionCode}; an empty
 * target means everyone. {@code demo} marks items written for the demonstration rather
 * than taken from a source document.
 */
@Entity
@Table(name = "knowledge_item")
class KnowledgeItem {

	enum Kind {

		POLICY_INTERPRETATION, CHAIN_NEWS, TRAINING

	}

	@Id
	private String code;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Kind kind;

	private String title;

	private String summary;

	@Column(name = "industry_prefix")
	private String industryPrefix;

	@Column(name = "division_code")
	private String divisionCode;

	private String source;

	private String url;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	private boolean demo;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	protected KnowledgeItem() {
	}

	KnowledgeItem(String code) {
		this.code = code;
	}

	/** Takes the fields of {@code other}; true if anything changed. */
	boolean update(KnowledgeItem.Fields f, OffsetDateTime now) {
		boolean changed = kind != f.kind() || !Objects.equals(title, f.title()) || !Objects.equals(summary, f.summary())
				|| !Objects.equals(industryPrefix, f.industryPrefix())
				|| !Objects.equals(divisionCode, f.divisionCode()) || !Objects.equals(source, f.source())
				|| !Objects.equals(url, f.url()) || !Objects.equals(publishedOn, f.publishedOn()) || demo != f.demo();
		if (changed) {
			kind = f.kind();
			title = f.title();
			summary = f.summary();
			industryPrefix = f.industryPrefix();
			divisionCode = f.divisionCode();
			source = f.source();
			url = f.url();
			publishedOn = f.publishedOn();
			demo = f.demo();
			updatedAt = now;
		}
		return changed;
	}

	/** The curated fields of an item, as the file holds them. */
	record Fields(String code, Kind kind, String title, String summary, String industryPrefix, String divisionCode,
			String source, String url, LocalDate publishedOn, boolean demo) {

	}

	Fields fields() {
		return new Fields(code, kind, title, summary, industryPrefix, divisionCode, source, url, publishedOn, demo);
	}

	String code() {
		return code;
	}

	Kind kind() {
		return kind;
	}

	String industryPrefix() {
		return industryPrefix;
	}

	String divisionCode() {
		return divisionCode;
	}

	LocalDate publishedOn() {
		return publishedOn;
	}

}

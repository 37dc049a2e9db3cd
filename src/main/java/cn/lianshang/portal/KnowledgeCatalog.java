package cn.lianshang.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;

/**
 * The knowledge items of the service page: kept in step with the curated file
 * {@value #FILE} at every start (new items inserted, changed ones updated, each in its
 * own transaction and audited as the system; items the file no longer holds are left as
 * they are), and chosen for an enterprise by its industry and division.
 */
@Component
@Order(10)
class KnowledgeCatalog implements ApplicationRunner {

	static final String FILE = "knowledge/knowledge-items.csv";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeCatalog.class);

	/** A knowledge item as the pages show it. */
	record Item(String code, String kind, String title, String summary, String source, String url,
			LocalDate publishedOn, boolean demo, boolean forIndustry, boolean forDivision) {

	}

	private final KnowledgeItems items;

	private final AuditLog audit;

	/**
	 * One transaction per item, so that a node starting alongside another never fails.
	 */
	private final TransactionTemplate oneItem;

	KnowledgeCatalog(KnowledgeItems items, AuditLog audit, PlatformTransactionManager transactions) {
		this.items = items;
		this.audit = audit;
		this.oneItem = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		int changed = 0;
		for (KnowledgeItem.Fields f : read()) {
			try {
				if (Boolean.TRUE.equals(oneItem.execute(status -> sync(f)))) {
					changed++;
				}
			}
			catch (DataIntegrityViolationException e) {
				// another node starting at the same time inserted it first
				log.debug("Knowledge item {} was inserted by another node", f.code());
			}
		}
		if (changed > 0) {
			log.info("Knowledge items: {} added or changed from {}", changed, FILE);
		}
	}

	/** Inserts or updates one item; audited when anything changed. */
	private boolean sync(KnowledgeItem.Fields f) {
		KnowledgeItem item = items.findById(f.code()).orElse(null);
		KnowledgeItem.Fields before = item == null ? null : item.fields();
		if (item == null) {
			item = new KnowledgeItem(f.code());
		}
		if (!item.update(f, OffsetDateTime.now())) {
			return false;
		}
		items.saveAndFlush(item);
		audit.recordAs("system", before == null ? "knowledge.add" : "knowledge.change", "knowledge-item", f.code(),
				before, f);
		return true;
	}

	/**
	 * The items for an enterprise, most specific first (each character of the industry
	 * prefix counts 2, a division 3: an item for 通用设备 C34 ranks above one for all
	 * manufacturing C in the enterprise's city), newest first among equals.
	 * @param industry the letter-prefixed industry code, e.g. {@code C3421} (or null)
	 * @param divisionPath e.g. {@code 210100/210106/} (or null)
	 */
	@Transactional(readOnly = true)
	List<Item> forEnterprise(String industry, String divisionPath, int limit) {
		String path = "/" + (divisionPath == null ? "" : divisionPath);
		return items.aimedAt(industry == null ? "" : industry, path)
			.stream()
			.sorted(Comparator.comparingInt(KnowledgeCatalog::specificity)
				.reversed()
				.thenComparing(KnowledgeItem::publishedOn, Comparator.reverseOrder())
				.thenComparing(KnowledgeItem::code))
			.limit(limit)
			.map(k -> {
				KnowledgeItem.Fields f = k.fields();
				return new Item(f.code(), f.kind().name(), f.title(), f.summary(), f.source(), f.url(), f.publishedOn(),
						f.demo(), f.industryPrefix() != null, f.divisionCode() != null);
			})
			.toList();
	}

	private static int specificity(KnowledgeItem k) {
		return (k.industryPrefix() == null ? 0 : 2 * k.industryPrefix().length()) + (k.divisionCode() == null ? 0 : 3);
	}

	static List<KnowledgeItem.Fields> read() {
		ClassPathResource resource = new ClassPathResource(FILE);
		try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			List<KnowledgeItem.Fields> fields = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setTrim(true)
				.get()
				.parse(in)) {
				fields.add(new KnowledgeItem.Fields(r.get("code"), KnowledgeItem.Kind.valueOf(r.get("kind")),
						r.get("title"), r.get("summary"), blankToNull(r.get("industry_prefix")),
						blankToNull(r.get("division_code")), r.get("source"), blankToNull(r.get("url")),
						LocalDate.parse(r.get("published_on")), Boolean.parseBoolean(r.get("demo"))));
			}
			return fields;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FILE, e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}

package cn.lianshang.marketplace;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.lianshang.access.AuditLog;
import cn.lianshang.marketplace.MarketplaceViews.DemandMatch;
import cn.lianshang.marketplace.MarketplaceViews.ExplanationView;
import cn.lianshang.matching.model.Criteria;
import cn.lianshang.notification.Notifying;

/**
 * Standing demands: every open demand stands as a query against the offers published
 * later. When an offer is published ({@link OfferPublished}), the reverse search
 * ({@link FindingMatches#demandsFor}: the demand index filtered by scenario, status, due
 * date and the offer's processes or materials, then the engine's ranking with its hard
 * filters) gives the open demands the offer would serve; the owner of each one scoring at
 * least {@code lianshang.marketplace.standing.min-score} is told in the inbox (and by
 * email, through the notification module's outbox and quiet hours) with the score, the
 * distance and the engine's reasons, linking to the demand page where the offer is among
 * the matches.
 * <p>
 * At most {@code max-demands} demands are told per offer (the best scored), and a
 * demand's owner hears of at most {@code daily-cap} new offers for that demand in a day.
 * Each (demand, offer) pair is told once: the {@code standing_alert} row is written in
 * the same transaction as the message, so a redelivered event finds it and tells no one
 * again. One audit entry per offer lists the demands told.
 */
@Component
class StandingDemands {

	static final String TOPIC = "match";

	/** The criteria that must pass in full for an alert. */
	private static final Set<String> CORE = Set.of(Criteria.PROCESS, Criteria.MATERIAL);

	private static final Logger log = LoggerFactory.getLogger(StandingDemands.class);

	private final FindingMatches finding;

	private final Offers offers;

	private final Notifying notifying;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final double minScore;

	private final int maxDemands;

	private final int dailyCap;

	StandingDemands(FindingMatches finding, Offers offers, Notifying notifying, JdbcTemplate jdbc, AuditLog audit,
			@Value("${lianshang.marketplace.standing.min-score:0.6}") double minScore,
			@Value("${lianshang.marketplace.standing.max-demands:20}") int maxDemands,
			@Value("${lianshang.marketplace.standing.daily-cap:5}") int dailyCap) {
		this.finding = finding;
		this.offers = offers;
		this.notifying = notifying;
		this.jdbc = jdbc;
		this.audit = audit;
		this.minScore = minScore;
		this.maxDemands = maxDemands;
		this.dailyCap = dailyCap;
	}

	@ApplicationModuleListener
	void on(OfferPublished event) {
		tell(event.offerId());
	}

	/** Tells the owners of the open demands the offer serves; the demands told. */
	List<Long> tell(long offerId) {
		Offer offer = offers.findById(offerId).orElse(null);
		if (offer == null || offer.status() != PostingStatus.OPEN) {
			return List.of();
		}
		OffsetDateTime now = OffsetDateTime.now();
		List<Long> told = new ArrayList<>();
		for (DemandMatch m : finding.demandsFor(offerId, maxDemands)) {
			if (m.score() < minScore || !precise(m.explanation()) || alreadyTold(m.demandId(), offerId)
					|| cappedToday(m.demandId(), now)) {
				continue;
			}
			long message = notifying
				.send(new Notifying.Message(m.enterpriseUscc(), null, TOPIC, "standing:" + m.demandId() + ":" + offerId,
						"新的匹配供给：" + shorten(m.title(), 30), body(m, offer), "/marketplace/demands/" + m.demandId()));
			jdbc.update(
					"insert into standing_alert (demand_id, offer_id, score, notification_id, created_at) values (?, ?, ?, ?, ?)",
					m.demandId(), offerId, m.score(), message, now);
			told.add(m.demandId());
		}
		if (!told.isEmpty()) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("demands", told);
			after.put("minScore", minScore);
			audit.recordAs("system", "offer.standing-alerts", "offer", String.valueOf(offerId), null, after);
			log.debug("offer {}: {} standing demand owner(s) told", offerId, told.size());
		}
		return told;
	}

	/**
	 * No criterion failed, and the substance of the demand is met in full: every required
	 * process and material (a "near" there — some processes, a sibling grade — is a match
	 * to browse, not one to be alerted of).
	 */
	static boolean precise(List<ExplanationView> explanation) {
		return explanation.stream()
			.noneMatch(e -> "fail".equalsIgnoreCase(e.outcome())
					|| (CORE.contains(e.criterion()) && !"pass".equalsIgnoreCase(e.outcome())));
	}

	private boolean alreadyTold(long demand, long offer) {
		Integer n = jdbc.queryForObject("select count(*) from standing_alert where demand_id = ? and offer_id = ?",
				Integer.class, demand, offer);
		return n != null && n > 0;
	}

	private boolean cappedToday(long demand, OffsetDateTime now) {
		Integer n = jdbc.queryForObject("select count(*) from standing_alert where demand_id = ? and created_at > ?",
				Integer.class, demand, now.minus(Duration.ofDays(1)));
		return n != null && n >= dailyCap;
	}

	private static String body(DemandMatch m, Offer offer) {
		StringBuilder b = new StringBuilder();
		b.append("您的需求「")
			.append(shorten(m.title(), 40))
			.append("」有一条新发布的供给与之匹配：")
			.append(offer.ownerName())
			.append("「")
			.append(shorten(offer.title(), 40))
			.append("」，匹配度 ")
			.append(Math.round(m.score() * 100))
			.append("%");
		if (m.distanceKm() != null) {
			b.append("，距离 ").append(String.format(Locale.ROOT, "%.1f", m.distanceKm())).append(" km");
		}
		b.append("。");
		List<String> reasons = m.explanation()
			.stream()
			.filter(e -> "PASS".equalsIgnoreCase(e.outcome()))
			.map(ExplanationView::detail)
			.limit(3)
			.toList();
		if (!reasons.isEmpty()) {
			b.append(String.join("；", reasons)).append("。");
		}
		b.append("在需求页的匹配列表中查看并联系对方。");
		return b.toString();
	}

	private static String shorten(String s, int max) {
		return s.length() > max ? s.substring(0, max) + "…" : s;
	}

}

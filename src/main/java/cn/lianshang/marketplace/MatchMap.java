package cn.lianshang.marketplace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.marketplace.MarketplaceViews.OfferMatch;

/**
 * The data of the map on a demand's page: where the demand is and where each matched
 * offer is, with its rank and score, as JSON for the page's data block (drawn by
 * {@code static/js/marketplace-map.js} over the seven cities' boundaries). Postings
 * without coordinates are left off the map (they are still in the list).
 */
@Component
class MatchMap {

	private final Demands demands;

	private final Offers offers;

	private final ObjectMapper json;

	MatchMap(Demands demands, Offers offers, ObjectMapper json) {
		this.demands = demands;
		this.offers = offers;
		this.json = json;
	}

	@Transactional(readOnly = true)
	String of(long demandId, List<OfferMatch> matches) {
		Map<String, Object> data = new LinkedHashMap<>();
		demands.findById(demandId)
			.filter(d -> d.latitude() != null && d.longitude() != null)
			.ifPresent(d -> data.put("demand", point(d.ownerName(), d.longitude(), d.latitude())));
		Map<Long, Offer> byId = offers.findAllById(matches.stream().map(OfferMatch::offerId).toList())
			.stream()
			.collect(Collectors.toMap(Offer::id, Function.identity()));
		List<Map<String, Object>> points = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			OfferMatch m = matches.get(i);
			Offer o = byId.get(m.offerId());
			if (o == null || o.latitude() == null || o.longitude() == null) {
				continue;
			}
			Map<String, Object> p = point(m.enterpriseName(), o.longitude(), o.latitude());
			p.put("rank", i + 1);
			p.put("score", m.score());
			p.put("id", m.offerId());
			points.add(p);
		}
		data.put("offers", points);
		try {
			return json.writeValueAsString(data).replace("<", "\\u003c");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Object> point(String name, double lon, double lat) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", name);
		p.put("lon", lon);
		p.put("lat", lat);
		return p;
	}

}

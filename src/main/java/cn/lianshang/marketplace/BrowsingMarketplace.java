package cn.lianshang.marketplace;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.marketplace.MarketplaceViews.DemandView;
import cn.lianshang.marketplace.MarketplaceViews.OfferView;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.persistence.EntityManager;

/**
 * The open demands and offers, newest first; offers searchable by text through the index.
 */
@Service
class BrowsingMarketplace {

	private final Demands demands;

	private final Offers offers;

	private final EntityManager entityManager;

	BrowsingMarketplace(Demands demands, Offers offers, EntityManager entityManager) {
		this.demands = demands;
		this.offers = offers;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	PageResponse<DemandView> demands(Scenario scenario, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		return PageResponse.of(scenario == null ? demands.findByStatus(PostingStatus.OPEN, request)
				: demands.findByStatusAndScenario(PostingStatus.OPEN, scenario, request), DemandView::of);
	}

	@Transactional(readOnly = true)
	PageResponse<OfferView> offers(String q, Scenario scenario, int page, int size) {
		return offers(q, scenario, null, null, page, size);
	}

	/**
	 * Offers by text and scenario, and optionally offering one process and one material
	 * (codes).
	 */
	@Transactional(readOnly = true)
	PageResponse<OfferView> offers(String q, Scenario scenario, String process, String material, int page, int size) {
		String text = q == null ? "" : q.strip();
		SearchResult<Offer> result = Search.session(entityManager).search(Offer.class).where(f -> {
			BooleanPredicateClausesStep<?> b = f.bool();
			b.must(f.matchAll());
			b.filter(f.match().field("status").matching(PostingStatus.OPEN));
			if (scenario != null) {
				b.filter(f.match().field("scenario").matching(scenario));
			}
			if (process != null && !process.isBlank()) {
				b.filter(f.match().field("processes").matching(process));
			}
			if (material != null && !material.isBlank()) {
				b.filter(f.match().field("materials").matching(material));
			}
			if (!text.isEmpty()) {
				b.must(f.simpleQueryString()
					.field("title")
					.boost(2)
					.field("ownerName")
					.field("description")
					.matching(FindingMatches.escape(text))
					.defaultOperator(BooleanOperator.AND));
			}
			return b;
		})
			.sort(f -> text.isEmpty() ? f.field("createdAt").desc() : f.score().then().field("createdAt").desc())
			.fetch(page * size, size);
		return PageResponse.of(result.hits().stream().map(OfferView::of).toList(), page, size,
				result.total().hitCount());
	}

	@Transactional(readOnly = true)
	DemandView demand(long id) {
		return demands.findById(id)
			.map(DemandView::of)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	OfferView offer(long id) {
		return offers.findById(id)
			.map(OfferView::of)
			.orElseThrow(() -> new NotFoundException("offer", String.valueOf(id)));
	}

}

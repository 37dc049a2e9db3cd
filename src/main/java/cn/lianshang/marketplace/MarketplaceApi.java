package cn.lianshang.marketplace;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.marketplace.MarketplaceViews.DemandMatch;
import cn.lianshang.marketplace.MarketplaceViews.DemandView;
import cn.lianshang.marketplace.MarketplaceViews.OfferMatch;
import cn.lianshang.marketplace.MarketplaceViews.OfferView;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The fixed marketplace endpoints of API-CONTRACT.md, plus one demand and one offer by
 * id.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "marketplace", description = "供需对接 / demands, offers and their ranked, explained matches")
class MarketplaceApi {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_MATCHES = 100;

	private final PublishingDemand publishingDemand;

	private final PublishingOffer publishingOffer;

	private final BrowsingMarketplace browsing;

	private final FindingMatches matches;

	MarketplaceApi(PublishingDemand publishingDemand, PublishingOffer publishingOffer, BrowsingMarketplace browsing,
			FindingMatches matches) {
		this.publishingDemand = publishingDemand;
		this.publishingOffer = publishingOffer;
		this.browsing = browsing;
		this.matches = matches;
	}

	@GetMapping("/demands")
	@Operation(summary = "Open demands, newest first")
	PageResponse<DemandView> demands(@RequestParam(required = false) Scenario scenario,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return browsing.demands(scenario, page, size);
	}

	@PostMapping("/demands")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(
			summary = "Post a demand (an enterprise for itself, an admin for any registered enterprise); 400 names every broken rule")
	ResponseEntity<DemandView> postDemand(@RequestBody DemandDraft body) {
		DemandView created = publishingDemand.publish(body);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + created.id())).body(created);
	}

	@GetMapping("/demands/{id}")
	@Operation(summary = "One demand")
	DemandView demand(@PathVariable long id) {
		return browsing.demand(id);
	}

	@GetMapping("/demands/{id}/matches")
	@Operation(summary = "The offers that serve a demand, best first, each with a per-criterion explanation")
	List<OfferMatch> demandMatches(@PathVariable long id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_MATCHES) int limit) {
		return matches.offersFor(id, limit);
	}

	@GetMapping("/offers")
	@Operation(summary = "Open offers: full-text search (Chinese) on title, enterprise name and description")
	PageResponse<OfferView> offers(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) Scenario scenario,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return browsing.offers(q, scenario, page, size);
	}

	@PostMapping("/offers")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(summary = "Post an offer (an enterprise for itself, an admin for any registered enterprise)")
	ResponseEntity<OfferView> postOffer(@RequestBody OfferDraft body) {
		OfferView created = publishingOffer.publish(body);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + created.id())).body(created);
	}

	@GetMapping("/offers/{id}")
	@Operation(summary = "One offer")
	OfferView offer(@PathVariable long id) {
		return browsing.offer(id);
	}

	@GetMapping("/offers/{id}/matches")
	@Operation(summary = "The open demands an offer serves, best first, each with a per-criterion explanation")
	List<DemandMatch> offerMatches(@PathVariable long id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_MATCHES) int limit) {
		return matches.demandsFor(id, limit);
	}

	@GetMapping("/offers/{id}/near-misses")
	@Operation(
			summary = "What one addition (a certification, process or material grade) would make the offer match more open demands, most first")
	List<MarketplaceViews.NearMissView> offerNearMisses(@PathVariable long id,
			@RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
		return matches.nearMissesFor(id, limit);
	}

}

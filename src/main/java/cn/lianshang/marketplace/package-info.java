/**
 * 供需对接: what enterprises post — demands (需求) and offers (供给) — for machining outsourcing
 * ({@code MACHINING}) and raw materials ({@code MATERIAL}); plant and equipment leasing
 * come later.
 * <p>
 * Use cases: {@code PublishingDemand} and {@code PublishingOffer} (an enterprise account
 * posts for itself only, an administrator for any registered enterprise; codes resolved
 * through the matching taxonomy; every post audited and announced as
 * {@link cn.lianshang.marketplace.DemandPublished} /
 * {@link cn.lianshang.marketplace.OfferPublished}), {@code BrowsingMarketplace} (lists;
 * offer search through the index) and {@code FindingMatches} (index retrieval with hard
 * filters, then re-ranking by {@code matching.model} with explanations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace 供需对接",
		allowedDependencies = { "shared", "region", "access", "enterprise", "matching", "matching :: model" })
package cn.lianshang.marketplace;

/**
 * 供需对接: what enterprises post — demands (需求) and offers (供给) — for machining outsourcing
 * ({@code MACHINING}), raw materials ({@code MATERIAL}), and idle plant ({@code PLANT})
 * and equipment ({@code EQUIPMENT}) leasing, with their lease terms.
 * <p>
 * Use cases: {@code PublishingDemand} and {@code PublishingOffer} (an enterprise account
 * posts for itself only, an administrator for any registered enterprise; codes resolved
 * through the matching taxonomy; every post audited and announced as
 * {@link cn.lianshang.marketplace.DemandPublished} /
 * {@link cn.lianshang.marketplace.OfferPublished}), {@code BrowsingMarketplace} (lists;
 * offer search through the index) and {@code FindingMatches} (index retrieval with hard
 * filters, then re-ranking by {@code matching.model} with explanations; leases by
 * {@code LeaseRanking}).
 * <p>
 * Deals: {@code Dealing} — a supplier's response to a demand, shortlisted, declined or
 * awarded by the demand's owner; the awarded response is the deal (same id), completed by
 * the buyer's confirmation of receipt and announced as
 * {@link cn.lianshang.marketplace.DealCompleted} (a supply edge with its
 * {@link cn.lianshang.marketplace.ValueBand}); then each side rates the other once.
 * {@code Reputations} turns ratings into the supplier reputation matching uses (from
 * three ratings on) and the buyer's payment and award rate. {@code Leasing} — the
 * calendar of a lease offer and bookings, double booking refused by a database key.
 * <p>
 * Published for other modules: {@link cn.lianshang.marketplace.EnterpriseMarketplace}
 * (one enterprise's activity and public listing) and
 * {@link cn.lianshang.marketplace.PostingMentions} (open offers and demands whose text
 * names given words, each with the mention that is its reason; the chain module places
 * enterprises on nodes and counts local demand with it).
 * <p>
 * Standing demands: {@code StandingDemands} matches every newly published offer against
 * the open demands (the reverse search of {@code FindingMatches}) and tells the owners of
 * those it serves well enough through the notification module ({@code Notifying}: inbox
 * and email); hence the dependency on {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace 供需对接", allowedDependencies = { "shared",
		"region", "access", "enterprise", "matching", "matching :: model", "notification" })
package cn.lianshang.marketplace;

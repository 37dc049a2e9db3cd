/**
 * Industrial chains (产业链图谱): the twenty Shenyang chains of the "5+3+7+5" plan (seed 002)
 * with versioned node sets (上游/中游/下游, each node tied to GB/T 4754-2017 classes and
 * keywords), enterprises on nodes (suggested from the registry, confirmed or rejected by
 * a chain officer, lead firms 链主 marked), supply edges between enterprises, the local
 * supporting rate (本地配套率) and the gap analysis for investment attraction (招商).
 * <p>
 * <b>Local supporting rate.</b> A supply edge says that a supplier sells to a buyer on a
 * node of a chain, in an annual value band. The supplier is <em>inside</em> the
 * metropolitan area when it is an enterprise of the registry (the registry only holds
 * enterprises of the seven cities and the 沈抚改革创新示范区); a supplier outside the area is kept
 * on the edge itself — its name, optional 统一社会信用代码 and its province/city as text — with
 * no division. Over a set of edges:
 * <ul>
 * <li>{@code byCount} = edges with an inside supplier / all edges;</li>
 * <li>{@code byValue} = Σ value of edges with an inside supplier / Σ value of all edges,
 * each edge valued at the midpoint of its band ({@link cn.lianshang.chain.ValueBand}: 50,
 * 550, 3,000, 7,500 万元, and 15,000 万元 for the open band "1 亿元以上");</li>
 * <li>{@code edges} = the number of edges.</li>
 * </ul>
 * The set is: per chain, the chain's edges; per city, the edges whose <em>buyer</em> lies
 * in that city (what the city's enterprises buy, and how much of it comes from inside the
 * area); per lead firm, the edges whose buyer is that lead firm. The seed's figure (seed
 * 001: "沈阳头部企业在都市圈内配套率超过45%") is a rate of this kind for Shenyang's lead firms. With no
 * edges the rates are 0 and {@code edges} is 0.
 * <p>
 * <b>Gaps.</b> {@link cn.lianshang.chain.model.GapRanking}: a node is a gap when it has
 * fewer than three confirmed enterprises inside the caller's jurisdiction, or when more
 * than half of what the area's buyers take on it (by value) comes from outside; it is
 * ranked by need = strategic weight × (1 + lead firms that buy on the node) × (1 + ln(1 +
 * value bought outside in 百万元)) × a presence factor (1 with no local enterprise, 0.6 with
 * one or two, 0.3 with three or more).
 * <p>
 * Public API: {@link cn.lianshang.chain.RecordingSupplyEdges#recordDeal}, called by
 * {@code DealEdges} for every {@code marketplace.DealCompleted} event.
 * <p>
 * This module reads {@code marketplace} only through its published API, for three things:
 * deals ({@code DealCompleted}) are the observed half of the supply edges; open offers
 * ({@code PostingMentions}, and {@code OfferPublished} for each new one) are the
 * capability text that suggests enterprises for nodes; open demands
 * ({@code PostingMentions}) are the local demand of the gap ranking.
 * <p>
 * Dependencies: {@code shared} (errors, paging, messages), {@code region} (city paths and
 * centroids), {@code access} (caller scope, roles, audit), {@code enterprise} (registry
 * search for suggestions, public facts of a counterparty, industry classes, the
 * registration event).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chain 产业链",
		allowedDependencies = { "shared", "region", "access", "enterprise", "marketplace" })
package cn.lianshang.chain;

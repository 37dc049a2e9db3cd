/**
 * The matching engine: the vocabularies of processes, materials and certifications, the
 * criteria and weights that rank candidates, and the per-criterion explanation of every
 * match.
 * <p>
 * Narrow API, for the marketplace and anyone else who ranks supply against demand:
 * <ul>
 * <li>{@link cn.lianshang.matching.Matching} (a bean): {@code taxonomy()} to validate and
 * normalise codes and free text, {@code ranking()} to rank candidates with the configured
 * weights, {@code candidateLimit()} for how many retrieved candidates to re-rank.</li>
 * <li>{@link cn.lianshang.matching.MatchingSettings} ({@code lianshang.matching.*}): the
 * weights, visible and changeable in configuration; defaults in code.</li>
 * <li>the {@code model} named interface ({@link cn.lianshang.matching.model}): the
 * framework-free values and ranking; its package documentation shows the three
 * steps.</li>
 * </ul>
 * The model also gives a supplier its near misses: {@code NearMisses} counts the open
 * demands that one more certification, process or material grade would make it match.
 * Standing demands (a new offer matched against the open demands, their owners told) are
 * the marketplace's {@code StandingDemands}, on the same ranking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching 匹配引擎",
		allowedDependencies = { "shared", "region" })
package cn.lianshang.matching;

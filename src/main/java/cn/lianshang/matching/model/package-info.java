/**
 * The matching engine's model: plain Java, no framework (checked by
 * {@code MatchingModelArchitectureTests}).
 * <p>
 * How to use it:
 * <ol>
 * <li>{@link cn.lianshang.matching.model.Taxonomy#fromClasspath()} loads the vocabularies
 * ({@code matching/processes.csv}, {@code materials.csv}, {@code categories.csv},
 * {@code certifications.csv}); {@code taxonomy.processes().resolve("数控车")} gives a code,
 * {@code taxonomy.normalise("数控车加工 45号钢")} every code a text mentions.</li>
 * <li>Describe the demand as a {@link cn.lianshang.matching.model.Requirement} and each
 * candidate offer as a {@link cn.lianshang.matching.model.Capability}, each with a
 * {@link cn.lianshang.matching.model.Place}.</li>
 * <li>{@code new Ranking(taxonomy, weights).offersFor(requirement, candidates, today, limit)}
 * (or {@code demandsFor}) applies the hard filters, scores each
 * {@link cn.lianshang.matching.model.Criteria criterion} and returns
 * {@link cn.lianshang.matching.model.Match}es, best first, each with one
 * {@link cn.lianshang.matching.model.Explanation} per criterion that applies.</li>
 * </ol>
 * {@code new NearMisses(ranking, taxonomy).of(capability, openDemands, today, limit)}
 * gives the single additions that would win a supplier the most further demands.
 * <p>
 * Retrieval (the search index) is not here: the caller narrows millions of offers to a
 * few hundred candidates with the same hard filters, and this model re-ranks them.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.lianshang.matching.model;

/**
 * Metropolitan monitoring (都市圈监测) of the Shenyang metropolitan area. So far: the
 * evaluation engine, the fixed multi-criteria endpoints, and the plan targets and
 * progress figures of the seed documents ({@code metro/targets.csv},
 * {@link cn.lianshang.metro.targets.PlanTargets}, {@code GET /api/v1/metro/targets}) with
 * their progress status by the Open SDG method ({@link cn.lianshang.metro.progress},
 * plain Java).
 * <p>
 * The engine, {@link cn.lianshang.metro.evaluation}, is plain Java (no Spring; checked by
 * {@code NoSpringInEvaluationTest}) and reproduces COINr's composite-indicator pipeline.
 * Usage:
 *
 * <pre>{@code
 * Framework framework = new Framework(List.of(
 *     new Indicator("gdp_pc", 1, "economy", 1, 1, "population"), ...,   // code, level, parent, direction, weight, denominator
 *     new Indicator("economy", 2, "index", 1, 1, null), ...,
 *     new Indicator("index", 3, null, 1, 1, null)));
 * UnitData data = new UnitData(indicatorValues, denominatorColumns, Map.of("province", unitToProvince));
 * Evaluation run = EvaluationPipeline.run(data, framework, EvaluationPlan.coinrExample("province"));
 * run.stage("Treated");          // every stage is kept: Raw … Aggregated
 * run.treatment();               // which indicators were winsorised or log-transformed
 * run.ranks("index");
 * SensitivityAnalysis.run(run.stage("Treated"), framework, SensitivityAnalysis.Settings.defaults(1000, 42));
 * }</pre>
 *
 * {@link cn.lianshang.metro.evaluation.EntropyWeights} and
 * {@link cn.lianshang.metro.evaluation.Topsis} work on bare matrices and back
 * {@code POST /api/v1/metro/mcda/entropy-weights} and
 * {@code POST /api/v1/metro/mcda/topsis} ({@link cn.lianshang.metro.McdaApi}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metro 都市圈监测",
		allowedDependencies = { "shared", "access", "region" })
package cn.lianshang.metro;

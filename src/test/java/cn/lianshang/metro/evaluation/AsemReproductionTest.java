package cn.lianshang.metro.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproduces COINr 1.1.14's {@code build_example_coin()} (the ASEM index, 51 units, 49
 * indicators) from its input data and compares every stage, the treatment log and the
 * results with what COINr itself produced, and the results with the table printed in
 * COINr's "Presenting Results" vignette.
 */
class AsemReproductionTest {

	static final double TOLERANCE = 1e-6;

	static final double PUBLISHED_TOLERANCE = 0.005;

	static Framework framework;

	static Evaluation evaluation;

	@BeforeAll
	static void run() {
		framework = AsemExample.framework();
		evaluation = EvaluationPipeline.run(AsemExample.data(framework), framework,
				EvaluationPlan.coinrExample("EurAsia_group"));
	}

	@ParameterizedTest(name = "stage {0} equals COINr cell by cell")
	@ValueSource(strings = { "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated" })
	void everyStageMatchesCoinrCellByCell(String stage) {
		CsvTable expected = CsvTable.load(AsemExample.DIR + "stage_" + stage + ".csv");
		List<String> columns = expected.header().subList(1, expected.header().size());
		Matrix want = expected.matrix("uCode", columns);
		Matrix got = evaluation.stage(stage);

		assertThat(got.units()).containsExactlyInAnyOrderElementsOf(want.units());
		assertThat(got.columns()).containsExactlyInAnyOrderElementsOf(columns);
		double maxError = 0;
		List<String> mismatches = new ArrayList<>();
		for (String unit : want.units()) {
			for (String column : columns) {
				double w = want.get(unit, column);
				double g = got.get(unit, column);
				if (Double.isNaN(w) || Double.isNaN(g)) {
					if (Double.isNaN(w) != Double.isNaN(g)) {
						mismatches.add(unit + "/" + column + ": expected " + w + ", got " + g);
					}
					continue;
				}
				double error = Math.abs(w - g);
				maxError = Math.max(maxError, error);
				if (error > TOLERANCE) {
					mismatches.add(unit + "/" + column + ": expected " + w + ", got " + g);
				}
			}
		}
		System.out.printf("ASEM stage %-11s max abs error %.3e%n", stage, maxError);
		assertThat(mismatches).as("cells of stage %s off by more than %s", stage, TOLERANCE).isEmpty();
	}

	@Test
	void missingValuesExistBeforeImputationAndNoneAfter() {
		// Guards the comparison above against a vacuous pass: the example has gaps that
		// imputation must fill.
		assertThat(evaluation.stage("Denominated").missingCount()).isPositive();
		assertThat(evaluation.stage("Imputed").missingCount()).isZero();
		assertThat(evaluation.screenedOut()).isEmpty();
	}

	@Test
	void treatmentLogMatchesCoinrDetailsTable() {
		CsvTable details = CsvTable.load(AsemExample.DIR + "treat_details.csv");
		int winsorisedIndicators = 0;
		for (Map<String, String> row : details.rows()) {
			OutlierTreatment.Record record = evaluation.treatment()
				.stream()
				.filter(r -> r.indicator().equals(row.get("iCode")))
				.findFirst()
				.orElseThrow();
			assertThat(record.before().pass()).as(record.indicator())
				.isEqualTo(Boolean.parseBoolean(row.get("check_SkewKurt0.Pass")));
			assertThat(record.before().skew()).isCloseTo(CsvTable.number(row.get("check_SkewKurt0.Skew")),
					org.assertj.core.data.Offset.offset(TOLERANCE));
			assertThat(record.before().kurtosis()).isCloseTo(CsvTable.number(row.get("check_SkewKurt0.Kurt")),
					org.assertj.core.data.Offset.offset(TOLERANCE));
			String nwin = row.get("winsorise.nwin");
			if (nwin.isBlank()) {
				assertThat(record.winsorised()).as(record.indicator()).isNull();
				continue;
			}
			winsorisedIndicators++;
			assertThat(record.winsorised()).as(record.indicator()).isEqualTo(Integer.parseInt(nwin));
			assertThat(record.afterWinsorising().pass())
				.isEqualTo(Boolean.parseBoolean(row.get("check_SkewKurt1.Pass")));
			assertThat(record.afterWinsorising().skew()).isCloseTo(CsvTable.number(row.get("check_SkewKurt1.Skew")),
					org.assertj.core.data.Offset.offset(TOLERANCE));
			assertThat(record.afterWinsorising().kurtosis()).isCloseTo(CsvTable.number(row.get("check_SkewKurt1.Kurt")),
					org.assertj.core.data.Offset.offset(TOLERANCE));
			assertThat(record.logTransformed()).isFalse();
		}
		assertThat(winsorisedIndicators).isEqualTo(15);
		assertThat(evaluation.treatment()).hasSize(details.rows().size());
	}

	@Test
	void resultsMatchCoinrResultsTable() {
		CsvTable expected = CsvTable.load(AsemExample.DIR + "expected_results_aggs.csv");
		double maxError = 0;
		int[] indexRanks = evaluation.ranks("Index");
		Matrix got = evaluation.aggregated();
		for (Map<String, String> row : expected.rows()) {
			String unit = row.get("uCode");
			assertThat(indexRanks[got.unitRow(unit)]).as("rank of %s", unit)
				.isEqualTo(Integer.parseInt(row.get("Rank")));
			for (String column : expected.header().subList(2, expected.header().size())) {
				double error = Math.abs(got.get(unit, column) - CsvTable.number(row.get(column)));
				maxError = Math.max(maxError, error);
				assertThat(error).as("%s/%s", unit, column).isLessThanOrEqualTo(TOLERANCE);
			}
		}
		System.out.printf("ASEM results table max abs error %.3e%n", maxError);
	}

	@Test
	void ranksOfEveryAggregateMatchCoinr() {
		CsvTable expected = CsvTable.load(AsemExample.DIR + "expected_ranks_aggs.csv");
		Matrix got = evaluation.aggregated();
		for (String column : expected.header().subList(1, expected.header().size())) {
			int[] ranks = evaluation.ranks(column);
			for (Map<String, String> row : expected.rows()) {
				assertThat(ranks[got.unitRow(row.get("uCode"))]).as("%s rank of %s", column, row.get("uCode"))
					.isEqualTo(Integer.parseInt(row.get(column)));
			}
		}
	}

	@Test
	void publishedVignetteHeadMatchesToTwoDecimals() {
		CsvTable published = CsvTable.load(AsemExample.DIR + "published_vignette_head.csv");
		Matrix got = evaluation.aggregated();
		int[] indexRanks = evaluation.ranks("Index");
		int compared = 0;
		double maxError = 0;
		for (Map<String, String> row : published.rows()) {
			String unit = row.get("uCode");
			assertThat(indexRanks[got.unitRow(unit)]).isEqualTo(Integer.parseInt(row.get("Rank")));
			for (String column : published.header().subList(2, published.header().size())) {
				String cell = row.get(column);
				if (cell.isBlank()) {
					continue;
				}
				double error = Math.abs(got.get(unit, column) - Double.parseDouble(cell));
				maxError = Math.max(maxError, error);
				assertThat(error).as("%s/%s", unit, column).isLessThanOrEqualTo(PUBLISHED_TOLERANCE);
				compared++;
			}
		}
		System.out.printf("ASEM published head: %d cells, max abs error %.4f%n", compared, maxError);
		assertThat(compared).isEqualTo(64);
	}

}

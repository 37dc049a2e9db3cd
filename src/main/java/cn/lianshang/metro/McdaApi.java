package cn.lianshang.metro;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.metro.evaluation.EntropyWeights;
import cn.lianshang.metro.evaluation.Topsis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stateless multi-criteria calculations on a matrix sent with the request (alternatives ×
 * criteria), for any signed-in user. Formulas: {@link EntropyWeights}, {@link Topsis}.
 */
@RestController
@RequestMapping("/api/v1/metro/mcda")
@Tag(name = "metro", description = "都市圈监测：多准则评价 / metropolitan monitoring: multi-criteria evaluation")
class McdaApi {

	record EntropyRequest(List<List<Double>> matrix, String variant, List<Integer> types, Double shift) {

	}

	record EntropyResponse(List<Double> weights) {

	}

	record TopsisRequest(List<List<Double>> matrix, List<Double> weights, List<Integer> types, String normalization) {

	}

	record TopsisResponse(List<Double> closeness) {

	}

	@PostMapping("/entropy-weights")
	@Operation(summary = "Entropy weights (熵权法) of the criteria (columns)",
			description = "variant \"raw\" (default) uses the values as given (≥ 0); \"standardized\" min-max "
					+ "standardises each column by its type (1 benefit, −1 cost) and adds a shift (default 0.0001) "
					+ "before the entropy.")
	EntropyResponse entropyWeights(@RequestBody EntropyRequest request) {
		McdaInput input = new McdaInput();
		double[][] x = input.matrix(request.matrix());
		String variant = request.variant() == null ? "raw" : request.variant();
		if (!variant.equals("raw") && !variant.equals("standardized")) {
			input.add("variant", "metro.entropy.variant", variant);
		}
		input.throwIfAny();
		int[] types = null;
		double shift = request.shift() == null ? EntropyWeights.DEFAULT_SHIFT : request.shift();
		if (variant.equals("standardized")) {
			types = input.types(request.types(), x[0].length);
			if (!Double.isFinite(shift) || shift < 0) {
				input.add("shift", "metro.entropy.shift", shift);
			}
		}
		else {
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x[i].length; j++) {
					if (x[i][j] < 0) {
						input.add("matrix[" + i + "][" + j + "]", "metro.entropy.negative", i + 1, j + 1, x[i][j]);
					}
				}
			}
		}
		input.noConstantColumns(x);
		input.throwIfAny();
		double[] w = variant.equals("raw") ? EntropyWeights.raw(x) : EntropyWeights.standardized(x, types, shift);
		return new EntropyResponse(Arrays.stream(w).boxed().toList());
	}

	@PostMapping("/topsis")
	@Operation(summary = "TOPSIS relative closeness of each alternative (row) to the ideal",
			description = "types: 1 benefit, −1 cost; normalization \"vector\" (default) or \"minmax\"; weights are "
					+ "relative (rescaled to sum 1).")
	TopsisResponse topsis(@RequestBody TopsisRequest request) {
		McdaInput input = new McdaInput();
		double[][] x = input.matrix(request.matrix());
		String normalization = request.normalization() == null ? "vector" : request.normalization();
		Topsis.Normalization n = switch (normalization) {
			case "vector" -> Topsis.Normalization.VECTOR;
			case "minmax" -> Topsis.Normalization.MIN_MAX;
			default -> {
				input.add("normalization", "metro.topsis.normalization", normalization);
				yield null;
			}
		};
		input.throwIfAny();
		int cols = x[0].length;
		double[] w = input.weights(request.weights(), cols);
		int[] types = input.types(request.types(), cols);
		for (int j = 0; j < cols; j++) {
			if (n == Topsis.Normalization.MIN_MAX && McdaInput.constant(x, j)) {
				input.add("matrix", "metro.matrix.no-variation", j + 1, x[0][j]);
			}
			if (n == Topsis.Normalization.VECTOR && McdaInput.constant(x, j) && x[0][j] == 0) {
				input.add("matrix", "metro.matrix.zero-column", j + 1);
			}
		}
		if (input.ok() && indistinguishable(x, w)) {
			input.add("matrix", "metro.topsis.indistinguishable");
		}
		input.throwIfAny();
		double[] c = Topsis.closeness(x, w, types, n);
		return new TopsisResponse(Arrays.stream(c).boxed().toList());
	}

	/**
	 * True when every column that carries weight has the same value for all alternatives:
	 * D⁺ + D⁻ = 0.
	 */
	private static boolean indistinguishable(double[][] x, double[] w) {
		for (int j = 0; j < w.length; j++) {
			if (w[j] > 0 && !McdaInput.constant(x, j)) {
				return false;
			}
		}
		return true;
	}

}

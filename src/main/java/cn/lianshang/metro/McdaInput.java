package cn.lianshang.metro;

import java.util.ArrayList;
import java.util.List;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Checks the JSON input of the MCDA endpoints and turns it into arrays, collecting every
 * problem with the field it concerns (JSON paths with 0-based indices; messages count
 * from 1 as people do).
 */
class McdaInput {

	/**
	 * The most cells a matrix may have: the methods are O(cells) but a request should
	 * stay small.
	 */
	static final int MAX_CELLS = 10_000;

	/**
	 * Stop listing after this many problems: one broken matrix could otherwise produce
	 * thousands.
	 */
	private static final int MAX_PROBLEMS = 20;

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String code, Object... args) {
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(new FieldProblem(field, code, args));
		}
	}

	boolean ok() {
		return problems.isEmpty();
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * A rectangular matrix of finite numbers with at least 2 rows and 1 column, or null
	 * after recording why not.
	 */
	double[][] matrix(List<List<Double>> rows) {
		if (rows == null || rows.isEmpty() || rows.get(0) == null || rows.get(0).isEmpty()) {
			add("matrix", "metro.matrix.required");
			return null;
		}
		if (rows.size() < 2) {
			add("matrix", "metro.matrix.too-few-rows", rows.size());
			return null;
		}
		int cols = rows.get(0).size();
		long cells = 0;
		for (List<Double> row : rows) {
			cells += row == null ? 0 : row.size();
		}
		if (cells > MAX_CELLS || (long) rows.size() * cols > MAX_CELLS) {
			add("matrix", "metro.matrix.too-large", Math.max(cells, (long) rows.size() * cols), MAX_CELLS);
			return null;
		}
		double[][] x = new double[rows.size()][cols];
		boolean good = true;
		for (int i = 0; i < rows.size(); i++) {
			List<Double> row = rows.get(i);
			if (row == null || row.size() != cols) {
				add("matrix[" + i + "]", "metro.matrix.ragged", i + 1, row == null ? 0 : row.size(), cols);
				good = false;
				continue;
			}
			for (int j = 0; j < cols; j++) {
				Double v = row.get(j);
				if (v == null) {
					add("matrix[" + i + "][" + j + "]", "metro.matrix.missing-value", i + 1, j + 1);
					good = false;
				}
				else if (!Double.isFinite(v)) {
					add("matrix[" + i + "][" + j + "]", "metro.matrix.not-finite", i + 1, j + 1);
					good = false;
				}
				else {
					x[i][j] = v;
				}
			}
		}
		return good ? x : null;
	}

	/** One type (1 benefit, −1 cost) per column. */
	int[] types(List<Integer> types, int cols) {
		if (types == null) {
			add("types", "metro.types.required", cols);
			return null;
		}
		if (types.size() != cols) {
			add("types", "metro.types.length", types.size(), cols);
			return null;
		}
		int[] t = new int[cols];
		boolean good = true;
		for (int j = 0; j < cols; j++) {
			Integer v = types.get(j);
			if (v == null || (v != 1 && v != -1)) {
				add("types[" + j + "]", "metro.types.invalid", j + 1, v);
				good = false;
			}
			else {
				t[j] = v;
			}
		}
		return good ? t : null;
	}

	/** One finite, non-negative weight per column, not all zero. */
	double[] weights(List<Double> weights, int cols) {
		if (weights == null) {
			add("weights", "metro.weights.required", cols);
			return null;
		}
		if (weights.size() != cols) {
			add("weights", "metro.weights.length", weights.size(), cols);
			return null;
		}
		double[] w = new double[cols];
		boolean good = true;
		double sum = 0;
		for (int j = 0; j < cols; j++) {
			Double v = weights.get(j);
			if (v == null || !Double.isFinite(v)) {
				add("weights[" + j + "]", "metro.weights.not-finite", j + 1);
				good = false;
			}
			else if (v < 0) {
				add("weights[" + j + "]", "metro.weights.negative", j + 1, v);
				good = false;
			}
			else {
				w[j] = v;
				sum += v;
			}
		}
		if (good && sum == 0) {
			add("weights", "metro.weights.zero-sum");
			good = false;
		}
		return good ? w : null;
	}

	/** Records a problem for every column whose values are all equal. */
	void noConstantColumns(double[][] x) {
		for (int j = 0; j < x[0].length; j++) {
			if (constant(x, j)) {
				add("matrix", "metro.matrix.no-variation", j + 1, x[0][j]);
			}
		}
	}

	static boolean constant(double[][] x, int j) {
		for (double[] row : x) {
			if (row[j] != x[0][j]) {
				return false;
			}
		}
		return true;
	}

}

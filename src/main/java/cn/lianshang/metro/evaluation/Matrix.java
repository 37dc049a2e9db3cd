package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of units (rows, e.g. cities) × columns (indicators or aggregates),
 * like the data frames of COINr. A missing value is {@link Double#NaN}; every stage of an
 * evaluation returns a new matrix so that earlier stages stay viewable.
 */
public final class Matrix {

	private final List<String> units;

	private final List<String> columns;

	private final double[][] values;

	private final Map<String, Integer> unitIndex;

	private final Map<String, Integer> columnIndex;

	private Matrix(List<String> units, List<String> columns, double[][] values) {
		this.units = List.copyOf(units);
		this.columns = List.copyOf(columns);
		if (new HashSet<>(units).size() != units.size()) {
			throw new IllegalArgumentException("unit codes must be unique");
		}
		if (new HashSet<>(columns).size() != columns.size()) {
			throw new IllegalArgumentException("column codes must be unique");
		}
		if (values.length != units.size()) {
			throw new IllegalArgumentException("expected " + units.size() + " rows, got " + values.length);
		}
		this.values = new double[values.length][];
		for (int r = 0; r < values.length; r++) {
			if (values[r].length != columns.size()) {
				throw new IllegalArgumentException(
						"row " + units.get(r) + " has " + values[r].length + " values, expected " + columns.size());
			}
			this.values[r] = values[r].clone();
		}
		this.unitIndex = index(this.units);
		this.columnIndex = index(this.columns);
	}

	/** A matrix from row-major values; NaN marks a missing value. */
	public static Matrix of(List<String> units, List<String> columns, double[][] values) {
		return new Matrix(units, columns, values);
	}

	/** Builds a matrix column by column (each array has one value per unit). */
	public static Matrix ofColumns(List<String> units, Map<String, double[]> columns) {
		List<String> codes = new ArrayList<>(columns.keySet());
		double[][] v = new double[units.size()][codes.size()];
		for (int c = 0; c < codes.size(); c++) {
			double[] col = columns.get(codes.get(c));
			if (col.length != units.size()) {
				throw new IllegalArgumentException("column " + codes.get(c) + " has " + col.length + " values");
			}
			for (int r = 0; r < units.size(); r++) {
				v[r][c] = col[r];
			}
		}
		return new Matrix(units, codes, v);
	}

	private static Map<String, Integer> index(List<String> names) {
		Map<String, Integer> map = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			map.put(names.get(i), i);
		}
		return map;
	}

	public List<String> units() {
		return units;
	}

	public List<String> columns() {
		return columns;
	}

	public int rows() {
		return units.size();
	}

	public int cols() {
		return columns.size();
	}

	public double get(int row, int col) {
		return values[row][col];
	}

	public double get(String unit, String column) {
		return values[unitRow(unit)][columnOf(column)];
	}

	public boolean hasColumn(String column) {
		return columnIndex.containsKey(column);
	}

	public int columnOf(String column) {
		Integer c = columnIndex.get(column);
		if (c == null) {
			throw new IllegalArgumentException("no column " + column);
		}
		return c;
	}

	public int unitRow(String unit) {
		Integer r = unitIndex.get(unit);
		if (r == null) {
			throw new IllegalArgumentException("no unit " + unit);
		}
		return r;
	}

	/** A copy of one column. */
	public double[] column(String column) {
		return column(columnOf(column));
	}

	public double[] column(int col) {
		double[] out = new double[units.size()];
		for (int r = 0; r < out.length; r++) {
			out[r] = values[r][col];
		}
		return out;
	}

	/** A copy of one row. */
	public double[] row(int row) {
		return values[row].clone();
	}

	/** A copy of all values, row-major. */
	public double[][] toArray() {
		double[][] out = new double[values.length][];
		for (int r = 0; r < values.length; r++) {
			out[r] = values[r].clone();
		}
		return out;
	}

	/** The same matrix with one column's values replaced. */
	public Matrix withColumn(String column, double[] newValues) {
		int c = columnOf(column);
		double[][] v = toArray();
		for (int r = 0; r < v.length; r++) {
			v[r][c] = newValues[r];
		}
		return new Matrix(units, columns, v);
	}

	/** This matrix with more columns appended on the right (same units, same order). */
	public Matrix withColumns(Map<String, double[]> added) {
		List<String> cols = new ArrayList<>(columns);
		cols.addAll(added.keySet());
		double[][] v = new double[units.size()][cols.size()];
		for (int r = 0; r < units.size(); r++) {
			System.arraycopy(values[r], 0, v[r], 0, columns.size());
			int c = columns.size();
			for (double[] col : added.values()) {
				v[r][c++] = col[r];
			}
		}
		return new Matrix(units, cols, v);
	}

	/** Only the given columns, in the given order. */
	public Matrix selectColumns(List<String> keep) {
		double[][] v = new double[units.size()][keep.size()];
		for (int k = 0; k < keep.size(); k++) {
			int c = columnOf(keep.get(k));
			for (int r = 0; r < units.size(); r++) {
				v[r][k] = values[r][c];
			}
		}
		return new Matrix(units, keep, v);
	}

	/** Only the given units, in the given order. */
	public Matrix selectUnits(List<String> keep) {
		double[][] v = new double[keep.size()][];
		for (int k = 0; k < keep.size(); k++) {
			v[k] = values[unitRow(keep.get(k))].clone();
		}
		return new Matrix(keep, columns, v);
	}

	/** Number of missing (NaN) values. */
	public int missingCount() {
		int n = 0;
		for (double[] row : values) {
			for (double x : row) {
				if (Double.isNaN(x)) {
					n++;
				}
			}
		}
		return n;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Matrix m && units.equals(m.units) && columns.equals(m.columns)
				&& Arrays.deepEquals(values, m.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(units, columns, Arrays.deepHashCode(values));
	}

	@Override
	public String toString() {
		return "Matrix[" + units.size() + " units × " + columns.size() + " columns]";
	}

}

package cn.lianshang.shared.web;

import java.util.List;

/**
 * Input that breaks a rule: answered as 400 problem+json with one entry per field.
 * Messages are message-bundle keys ({@code i18n/errors}) resolved in the caller's
 * language.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(new FieldProblem(field, code, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One broken rule. {@code code} is both the machine-readable code and, prefixed by
	 * {@code error.}, the key of its message.
	 */
	public record FieldProblem(String field, String code, Object... args) {

		@Override
		public String toString() {
			return field + ":" + code;
		}

	}

}

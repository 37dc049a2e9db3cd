package cn.lianshang.access;

/**
 * What part of the jurisdiction data a caller may see. Modules turn it into a condition
 * of their own queries (never a filter applied after loading):
 * <ul>
 * <li>{@code ALL}: an administrator, or an officer with no division (the whole
 * metropolitan area);</li>
 * <li>{@code DIVISION}: a handler or officer bound to {@code divisionCode} sees that
 * division and everything below it;</li>
 * <li>{@code ENTERPRISE}: an enterprise account sees its own enterprise,
 * {@code uscc};</li>
 * <li>{@code NONE}: residents and anonymous callers see no registry data.</li>
 * </ul>
 */
public record Scope(Kind kind, String divisionCode, String uscc) {

	public enum Kind {

		ALL, DIVISION, ENTERPRISE, NONE

	}

	public static final Scope ALL = new Scope(Kind.ALL, null, null);

	public static final Scope NONE = new Scope(Kind.NONE, null, null);

	public static Scope division(String code) {
		return new Scope(Kind.DIVISION, code, null);
	}

	public static Scope enterprise(String uscc) {
		return new Scope(Kind.ENTERPRISE, null, uscc);
	}

}

package cn.lianshang.shared.web;

/**
 * The request clashes with the current state (a duplicate, an illegal transition, a stale
 * version): 409.
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final Object[] args;

	public ConflictException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

}

package cn.lianshang.shared.web;

/**
 * The thing asked for does not exist, or lies outside the caller's jurisdiction (the two
 * are not told apart, so that a scope does not reveal what lies beyond it). Answered as
 * 404.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String key;

	public NotFoundException(String what, String key) {
		super(what + " " + key + " not found");
		this.what = what;
		this.key = key;
	}

	public String what() {
		return what;
	}

	public String key() {
		return key;
	}

}

package cn.lianshang.metro.data;

/** The key of a data value: indicator × org unit × period. */
public record ValueKey(String indicator, String orgUnit, String period) {

	@Override
	public String toString() {
		return indicator + "/" + orgUnit + "/" + period;
	}

}

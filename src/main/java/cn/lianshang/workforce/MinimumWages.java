package cn.lianshang.workforce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * The Liaoning minimum wage by area, from {@code workforce/minimum-wage.csv} (figures,
 * document and effective date in the file). The floor of a place is its county's row,
 * else its city's, else the lowest provincial tier ({@code LN_TIER4}): where the area's
 * own figure is not confirmed, only pay that is below every tier is refused.
 * <p>
 * The rule: an hourly pay must reach the hourly minimum; a daily pay must reach the
 * hourly minimum × the hours of the job's longest shift (8 for a day or night shift, 4
 * for a half shift).
 */
@Component
class MinimumWages {

	static final String FALLBACK = "LN_TIER4";

	/** One row of the table. */
	record Floor(String area, String areaName, BigDecimal monthly, BigDecimal hourly, LocalDate effectiveFrom,
			String source, String confirmed) {

		/** The least a day of {@code hours} hours may pay. */
		BigDecimal daily(int hours) {
			return hourly.multiply(BigDecimal.valueOf(hours)).setScale(2, RoundingMode.HALF_UP);
		}

	}

	private final Map<String, Floor> byArea = new LinkedHashMap<>();

	private final Regions regions;

	MinimumWages(Regions regions) {
		this.regions = regions;
		InputStream in = MinimumWages.class.getClassLoader().getResourceAsStream("workforce/minimum-wage.csv");
		if (in == null) {
			throw new IllegalStateException("workforce/minimum-wage.csv is missing");
		}
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean header = true;
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split(",", -1);
				byArea.put(f[0], new Floor(f[0], f[1], f[3].isBlank() ? null : new BigDecimal(f[3]),
						new BigDecimal(f[4]), LocalDate.parse(f[5]), f[6], f[7]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!byArea.containsKey(FALLBACK)) {
			throw new IllegalStateException("minimum-wage.csv lacks " + FALLBACK);
		}
	}

	/** The floor that applies at a division (any level). */
	Floor at(String divisionCode) {
		List<Region> lineage = regions.lineage(divisionCode);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			Floor f = byArea.get(lineage.get(i).code());
			if (f != null) {
				return f;
			}
		}
		return byArea.get(FALLBACK);
	}

	/** Every row, for the page that shows the table. */
	List<Floor> all() {
		return List.copyOf(byArea.values());
	}

}

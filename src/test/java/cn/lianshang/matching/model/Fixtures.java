package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Places and parts for the model tests; coordinates are the division centroids of the
 * region data.
 */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

	static final LocalDate END_OF_MONTH = LocalDate.of(2026, 11, 30);

	static final Place TIEXI = new Place("210106", "铁西区", "210100", "沈阳市", 41.80, 123.35);

	static final Place TIEXI_EAST = new Place("210106", "铁西区", "210100", "沈阳市", 41.79, 123.42);

	static final Place HUNNAN = new Place("210112", "浑南区", "210100", "沈阳市", 41.71, 123.45);

	static final Place ANSHAN = new Place("210303", "铁西区", "210300", "鞍山市", 41.12, 122.97);

	static final Place BEIJING = new Place(null, null, null, null, 39.90, 116.40);

	private Fixtures() {
	}

	/**
	 * The demand: 2000 shafts of 45# steel, CNC-turned, IT7, due at the end of
	 * the month, in 铁西区.
	 */
	static Requirement shafts() {
		return new Requirement("d1", "BUYER", Scenario.MACHINING, Set.of("TURNING"), Set.of("C45"), null, 7, Set.of(),
				new BigDecimal("2000"), "件", END_OF_MONTH, null, TIEXI);
	}

	static Capability turningShop(String id, Place place) {
		return new Capability(id, "USCC-" + id, Scenario.MACHINING, Set.of("TURNING", "DRILLING"),
				Set.of("C45", "40CR"), Set.of(), 6, Set.of("ISO9001"), new BigDecimal("5000"), "件", 10, null, null,
				place);
	}

	static Capability with(Capability c, Set<String> processes, Set<String> materials, Integer it, BigDecimal capacity,
			Integer lead, Set<String> certs) {
		return new Capability(c.id(), c.ownerUscc(), c.scenario(), processes, materials, c.categories(), it, certs,
				capacity, c.unit(), lead, c.unitPrice(), c.reputation(), c.place());
	}

}

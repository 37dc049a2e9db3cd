package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.matching.Matching;
import cn.lianshang.shared.web.ConflictException;

/**
 * Plant and equipment leasing: posting with lease terms, the fixed list endpoints with
 * the new scenarios, the calendar, bookings, and double booking refused by the database
 * even when two transactions both passed the check.
 */
class LeasingApiTests extends ApiTestSupport {

	@Autowired
	Leasing leasing;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	AccountManagement accounts;

	static final String TIEXI = "210106";

	record Party(String uscc, String username, String token) {
	}

	Party party(String name) throws Exception {
		String uscc = TestData.validUscc(random, TIEXI);
		register(enterprise(uscc, name, TIEXI, "3484"));
		String username = createAccount("ENTERPRISE", null, uscc);
		return new Party(uscc, username, token(username, PASSWORD));
	}

	static LocalDate day(int fromToday) {
		return Matching.today().plusDays(fromToday);
	}

	Map<String, Object> plantOffer(String word) {
		Map<String, Object> lease = new LinkedHashMap<>();
		lease.put("areaM2", 3000);
		lease.put("clearHeightM", 12);
		lease.put("craneT", 20);
		lease.put("powerKva", 800);
		lease.put("floorLoadT", 5);
		lease.put("price", 18);
		lease.put("address", "铁西区北一路 1 号");
		lease.put("from", day(1).toString());
		lease.put("to", day(120).toString());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "PLANT");
		body.put("title", "闲置单层钢结构厂房 3000 平方米 " + word);
		body.put("lease", lease);
		return body;
	}

	long posted(String path, Party who, Map<String, Object> body) throws Exception {
		MvcResult r = perform(post(path), who.token(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	MvcResult book(Party who, long offer, int from, int to, Integer units) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", day(from).toString());
		body.put("to", day(to).toString());
		body.put("units", units);
		return perform(post("/api/v1/offers/" + offer + "/bookings"), who.token(), body);
	}

	@Test
	void plantAndEquipmentArePostedWithLeaseTermsAndListedByScenario() throws Exception {
		String word = TestData.uniqueWord(random);
		Party owner = party("沈阳" + word + "重工");
		long plant = posted("/api/v1/offers", owner, plantOffer(word));
		JsonNode view = body(perform(get("/api/v1/offers/" + plant), owner.token(), null));
		assertThat(view.at("/lease/areaM2").asDouble()).isEqualTo(3000);
		assertThat(view.at("/lease/units").asInt()).isEqualTo(1);

		Map<String, Object> equipment = new LinkedHashMap<>();
		equipment.put("scenario", "EQUIPMENT");
		equipment.put("title", "闲置 25 吨汽车吊出租 " + word);
		equipment.put("lease", Map.of("equipmentType", "汽车吊", "specification", "25t", "units", 2, "withOperator", true,
				"price", 2500, "from", day(0).toString(), "to", day(60).toString()));
		long crane = posted("/api/v1/offers", owner, equipment);

		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "PLANT");
		demand.put("title", "求租 2000 平方米厂房 " + word);
		demand.put("lease",
				Map.of("areaM2", 2000, "clearHeightM", 9, "from", day(10).toString(), "to", day(100).toString()));
		long wanted = posted("/api/v1/demands", party("沈阳" + word + "新能源"), demand);

		assertThat(ids(get("/api/v1/offers?scenario=PLANT&q=" + word + "&size=100"), owner)).containsExactly(plant);
		assertThat(ids(get("/api/v1/offers?scenario=EQUIPMENT&q=" + word + "&size=100"), owner)).containsExactly(crane);
		List<Long> plantDemands = new ArrayList<>();
		for (int page = 0; page < 50 && !plantDemands.contains(wanted); page++) {
			JsonNode p = body(
					perform(get("/api/v1/demands?scenario=PLANT&size=100&page=" + page), owner.token(), null));
			p.get("content").forEach(n -> {
				assertThat(n.get("scenario").asText()).isEqualTo("PLANT");
				plantDemands.add(n.get("id").asLong());
			});
			if (p.get("content").isEmpty()) {
				break;
			}
		}
		assertThat(plantDemands).contains(wanted);

		JsonNode matches = body(perform(get("/api/v1/demands/" + wanted + "/matches?limit=100"), owner.token(), null));
		JsonNode ours = null;
		for (JsonNode m : matches) {
			assertThat(m.get("offerId").asLong()).isNotEqualTo(crane);
			if (m.get("offerId").asLong() == plant) {
				ours = m;
			}
		}
		assertThat(ours).as("the plant offer matches the plant demand: %s", matches).isNotNull();
		Map<String, String> details = new LinkedHashMap<>();
		ours.get("explanation").forEach(e -> details.put(e.get("criterion").asText(), e.get("detail").asText()));
		assertThat(details.get("area")).isEqualTo("面积 3000 m²，满足 2000 m² 的要求");
		assertThat(details.get("height")).contains("净高 12 米");
		assertThat(details.get("period")).contains("覆盖所需 91 天");
		assertThat(details.get("distance")).contains("同属铁西区");
		JsonNode reverse = body(perform(get("/api/v1/offers/" + plant + "/matches?limit=100"), owner.token(), null));
		List<Long> demandIds = new ArrayList<>();
		reverse.forEach(m -> demandIds.add(m.get("demandId").asLong()));
		assertThat(demandIds).contains(wanted);
	}

	List<Long> ids(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Party who)
			throws Exception {
		List<Long> ids = new ArrayList<>();
		body(perform(request, who.token(), null)).get("content").forEach(n -> ids.add(n.get("id").asLong()));
		return ids;
	}

	@Test
	void badLeaseTermsNameTheirFields() throws Exception {
		String word = TestData.uniqueWord(random);
		Party owner = party("沈阳" + word + "重工");
		Map<String, Object> body = plantOffer(word);
		body.put("lease", Map.of("clearHeightM", -1, "from", day(30).toString(), "to", day(10).toString()));
		JsonNode p = problem(perform(post("/api/v1/offers"), owner.token(), body), 400);
		assertThat(errorOn(p, "lease.areaM2").get("code").asText()).isEqualTo("required");
		assertThat(errorOn(p, "lease.clearHeightM").get("code").asText()).isEqualTo("marketplace.lease.measure");
		assertThat(errorOn(p, "lease.to").get("message").asText()).contains("结束日期");
		Map<String, Object> equipment = new LinkedHashMap<>();
		equipment.put("scenario", "EQUIPMENT");
		equipment.put("title", "设备 " + word);
		JsonNode none = problem(perform(post("/api/v1/offers"), owner.token(), equipment), 400);
		assertThat(errorOn(none, "lease").get("code").asText()).isEqualTo("required");
		assertThat(jdbc.queryForObject("select count(*) from offer where owner_uscc = ?", Long.class, owner.uscc()))
			.isZero();
	}

	@Test
	void bookingsTakeFreeUnitsAndOverlapsAreRefused() throws Exception {
		String word = TestData.uniqueWord(random);
		Party owner = party("沈阳" + word + "重工");
		Party a = party("沈阳" + word + "甲");
		Party b = party("沈阳" + word + "乙");
		long plant = posted("/api/v1/offers", owner, plantOffer(word));

		MvcResult first = book(a, plant, 10, 14, null);
		assertThat(first.getResponse().getStatus()).as(text(first)).isEqualTo(201);
		JsonNode taken = problem(book(b, plant, 12, 16, null), 409);
		assertThat(taken.get("detail").asText()).contains("已被预订");
		assertThat(book(b, plant, 15, 16, null).getResponse().getStatus()).isEqualTo(201);
		problem(book(owner, plant, 20, 21, null), 403);
		JsonNode outside = problem(book(b, plant, 100, 130, null), 400);
		assertThat(errorOn(outside, "from").get("code").asText()).isEqualTo("marketplace.booking.outside");
		problem(book(b, plant, 30, 31, 2), 400);

		JsonNode calendar = body(perform(get("/api/v1/offers/" + plant + "/calendar?from=" + day(9) + "&to=" + day(16)),
				a.token(), null));
		List<Integer> free = new ArrayList<>();
		calendar.get("days").forEach(d -> free.add(d.get("freeUnits").asInt()));
		assertThat(free).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);

		JsonNode ownersView = body(perform(get("/api/v1/offers/" + plant + "/bookings"), owner.token(), null));
		assertThat(ownersView.get("totalElements").asInt()).isEqualTo(2);
		JsonNode lesseesView = body(perform(get("/api/v1/offers/" + plant + "/bookings"), a.token(), null));
		assertThat(lesseesView.get("content")).extracting(n -> n.get("lesseeUscc").asText()).containsExactly(a.uscc());

		Map<String, Object> equipment = new LinkedHashMap<>();
		equipment.put("scenario", "EQUIPMENT");
		equipment.put("title", "叉车出租 " + word);
		equipment.put("lease", Map.of("equipmentType", "叉车", "units", 2, "price", 300, "from", day(0).toString(), "to",
				day(30).toString()));
		long forklifts = posted("/api/v1/offers", owner, equipment);
		assertThat(book(a, forklifts, 5, 6, null).getResponse().getStatus()).isEqualTo(201);
		assertThat(book(b, forklifts, 5, 6, null).getResponse().getStatus()).isEqualTo(201);
		problem(book(b, forklifts, 6, 7, null), 409);
		assertThat(jdbc.queryForList("select unit_no from lease_booked_day where offer_id = ? and booked_on = ?",
				Integer.class, forklifts, day(5)))
			.containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void twoConcurrentBookingsThatBothPassedTheCheckCannotBothCommit() throws Exception {
		String word = TestData.uniqueWord(random);
		Party owner = party("沈阳" + word + "重工");
		Party a = party("沈阳" + word + "甲");
		Party b = party("沈阳" + word + "乙");
		long plant = posted("/api/v1/offers", owner, plantOffer(word));
		UserDetails admin = accounts.loadUserByUsername("admin");

		CyclicBarrier bothChecked = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (Party lessee : List.of(a, b)) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
				try {
					return tx.execute(s -> {
						Leasing.Plan plan = leasing.plan(plant, new Leasing.BookingDraft(null, day(40), day(44), null),
								lessee.uscc());
						await(bothChecked);
						leasing.claim(plan);
						return "booked";
					});
				}
				catch (ConflictException e) {
					return e.code();
				}
				catch (RuntimeException e) {
					return "error: " + e;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<String> f : results) {
			outcomes.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		Collections.sort(outcomes);
		assertThat(outcomes).containsExactly("booked", "marketplace.booking.taken");
		assertThat(jdbc.queryForObject("select count(*) from lease_booked_day where offer_id = ?", Long.class, plant))
			.isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from lease_booking where offer_id = ?", Long.class, plant))
			.isEqualTo(1);
	}

	static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}

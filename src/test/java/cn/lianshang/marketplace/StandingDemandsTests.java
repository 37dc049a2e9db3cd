package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;

/**
 * Standing demands: a newly published offer is matched against the open demands and the
 * owners of those it serves are told in their inbox (once per demand and offer, at most
 * the daily cap per demand), while the owner of a demand it cannot serve hears nothing.
 * The demands use a rare pair of processes (wire EDM and anodizing) so that other tests'
 * offers do not reach them.
 */
@Tag("database")
class StandingDemandsTests extends MarketplaceTestSupport {

	@Autowired
	StandingDemands standing;

	long posted(String path, Party who, Map<String, Object> body) throws Exception {
		MvcResult r = perform(post(path), who.token(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	long demand(Party buyer, String word, List<String> processes) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "线切割 阳极氧化 模具镶件 " + word);
		body.put("processes", processes);
		body.put("quantity", 50);
		body.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
		return posted("/api/v1/demands", buyer, body);
	}

	long offer(Party supplier, String word) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "慢走丝线切割 阳极氧化 " + word);
		body.put("processes", List.of("WIRE_EDM", "ANODIZING"));
		body.put("monthlyCapacity", 2000);
		body.put("leadTimeDays", 7);
		return posted("/api/v1/offers", supplier, body);
	}

	int alerts(String uscc) {
		return jdbc.queryForObject("select count(*) from notification where recipient_uscc = ? and topic = 'match'",
				Integer.class, uscc);
	}

	@Test
	void theOwnerOfADemandTheNewOfferServesIsToldOnceWithTheReasons() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "模具有限公司");
		Party other = party("沈阳" + word + "钣金件采购公司");
		Party supplier = party("沈阳" + word + "精密线切割厂");
		long served = demand(buyer, word, List.of("WIRE_EDM", "ANODIZING"));
		demand(other, word, List.of("WIRE_EDM", "FORGING")); // the offer has no forging

		long offer = offer(supplier, word);
		await().atMost(Duration.ofSeconds(60)).until(() -> alerts(buyer.uscc()) == 1);
		Map<String, Object> message = jdbc.queryForMap(
				"select subject, body, link, reference from notification where recipient_uscc = ? and topic = 'match'",
				buyer.uscc());
		assertThat((String) message.get("subject")).startsWith("新的匹配供给：");
		assertThat((String) message.get("body")).contains("沈阳" + word + "精密线切割厂", "匹配度");
		assertThat(message.get("link")).isEqualTo("/marketplace/demands/" + served);
		assertThat(message.get("reference")).isEqualTo("standing:" + served + ":" + offer);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'offer.standing-alerts' and entity_id = ?",
				Integer.class, String.valueOf(offer)))
			.isEqualTo(1);

		// the event delivered again tells no one twice; the unserved demand's owner and
		// the supplier itself hear nothing
		assertThat(standing.tell(offer)).isEmpty();
		assertThat(alerts(buyer.uscc())).isEqualTo(1);
		assertThat(alerts(other.uscc()))
			.as("%s", jdbc.queryForList("select body from notification where recipient_uscc = ? and topic = 'match'",
					other.uscc()))
			.isZero();
		assertThat(alerts(supplier.uscc())).isZero();
	}

	@Test
	void aDemandHearsOfAtMostTheDailyCapOfNewOffers() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "模具制造有限公司");
		long served = demand(buyer, word, List.of("WIRE_EDM", "ANODIZING"));
		for (int i = 0; i < 7; i++) {
			long offer = offer(party("沈阳" + word + "线切割" + i + "厂"), word);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
						+ " and serialized_event like ?", Integer.class, "%\"offerId\":" + offer + "%") == 0);
		}
		assertThat(alerts(buyer.uscc())).isEqualTo(5);
		assertThat(
				jdbc.queryForObject("select count(*) from standing_alert where demand_id = ?", Integer.class, served))
			.isEqualTo(5);
	}

}

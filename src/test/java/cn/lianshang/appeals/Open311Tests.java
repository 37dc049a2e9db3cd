package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GeoReport v2: every endpoint in JSON and XML, the spec's field names and error bodies.
 */
class Open311Tests extends AppealsTestSupport {

	/** The fields of a service request in GeoReport v2, in the spec's order. */
	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
			"type", "keywords", "group");

	String issueKey(String system) throws Exception {
		MvcResult r = perform(post("/api/v1/open311/keys"), adminToken(), Map.of("system", system));
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("apiKey").asText();
	}

	MvcResult get311(String path) throws Exception {
		return mvc.perform(get("/open311/v2/" + path)).andReturn();
	}

	/** A GET with the api key as the {@code api_key} parameter. */
	MvcResult get311(String path, String apiKey) throws Exception {
		return mvc.perform(get("/open311/v2/" + path).param("api_key", apiKey)).andReturn();
	}

	MvcResult post311(String format, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		form.forEach(request::param);
		return mvc.perform(request).andReturn();
	}

	static Document xml(MvcResult r) throws Exception {
		assertThat(r.getResponse().getContentType()).startsWith("text/xml");
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(
					r.getResponse().getContentAsString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> childNames(Element e) {
		List<String> names = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element c) {
				names.add(c.getTagName());
			}
		}
		return names;
	}

	static Element firstChild(Element e, String name) {
		return (Element) e.getElementsByTagName(name).item(0);
	}

	JsonNode jsonOk(MvcResult r, int status) throws Exception {
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(status);
		assertThat(r.getResponse().getContentType()).startsWith("application/json");
		return body(r);
	}

	void jsonError(MvcResult r, int status) throws Exception {
		JsonNode b = jsonOk(r, status);
		assertThat(b.isArray()).isTrue();
		assertThat(b.get(0).get("code").asInt()).isEqualTo(status);
		assertThat(b.get(0).get("description").asText()).isNotBlank();
		List<String> fields = new ArrayList<>();
		b.get(0).fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactly("code", "description");
	}

	void xmlError(MvcResult r, int status) throws Exception {
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(status);
		Element root = xml(r).getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("errors");
		Element error = firstChild(root, "error");
		assertThat(childNames(error)).containsExactly("code", "description");
		assertThat(firstChild(error, "code").getTextContent()).isEqualTo(Integer.toString(status));
	}

	Map<String, String> form(String apiKey, String description) {
		return new java.util.LinkedHashMap<>(Map.of("api_key", apiKey, "jurisdiction_id", "210100", "service_code",
				"UTILITIES", "lat", "41.7959", "long", "123.3570", "description", description, "device_id",
				"dev-" + random.nextInt(1_000_000)));
	}

	@Test
	void discoveryInJsonAndXml() throws Exception {
		JsonNode d = jsonOk(get311("discovery.json"), 200);
		assertThat(d.get("endpoints").get(0).get("specification").asText())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(d.get("endpoints").get(0).get("formats").findValuesAsText("format")).isEmpty();
		assertThat(d.get("endpoints").get(0).get("formats").toString()).contains("text/xml", "application/json");
		Document x = xml(get311("discovery.xml"));
		assertThat(x.getDocumentElement().getTagName()).isEqualTo("discovery");
		Element endpoint = firstChild(x.getDocumentElement(), "endpoint");
		assertThat(childNames(endpoint)).contains("specification", "url", "changeset", "type", "formats");
		assertThat(endpoint.getElementsByTagName("format").getLength()).isEqualTo(2);
		jsonError(get311("discovery.csv"), 404);
	}

	@Test
	void servicesAreTheCategoriesForACityOrTheZoneAndUnknownJurisdictionsAre404() throws Exception {
		JsonNode services = jsonOk(get311("services.json?jurisdiction_id=210100"), 200);
		assertThat(services).hasSize(11);
		List<String> fields = new ArrayList<>();
		services.get(0).fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactlyElementsOf(SERVICE_FIELDS);
		assertThat(services.findValuesAsText("service_name")).contains("政策兑现", "融资信贷", "水电气暖", "其他");
		assertThat(jsonOk(get311("services.json?jurisdiction_id=SFZ"), 200)).hasSize(11);
		Document x = xml(get311("services.xml?jurisdiction_id=SFZ"));
		assertThat(x.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(x.getElementsByTagName("service").getLength()).isEqualTo(11);
		assertThat(childNames((Element) x.getElementsByTagName("service").item(0)))
			.containsExactlyElementsOf(SERVICE_FIELDS);
		jsonError(get311("services.json?jurisdiction_id=110000"), 404);
		xmlError(get311("services.xml?jurisdiction_id=210106"), 404);
	}

	@Test
	void aServiceDefinitionHasTheSpecsAttributeFields() throws Exception {
		JsonNode d = jsonOk(get311("services/UTILITIES.json?jurisdiction_id=210100"), 200);
		assertThat(d.get("service_code").asText()).isEqualTo("UTILITIES");
		JsonNode attr = d.get("attributes").get(0);
		List<String> fields = new ArrayList<>();
		attr.fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactly("variable", "code", "datatype", "required", "datatype_description", "order",
				"description");
		JsonNode list = d.get("attributes").get(2);
		assertThat(list.get("datatype").asText()).isEqualTo("singlevaluelist");
		assertThat(list.get("values").get(0).has("key")).isTrue();
		assertThat(list.get("values").get(0).has("name")).isTrue();
		Document x = xml(get311("services/UTILITIES.xml"));
		assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(x.getElementsByTagName("attribute").getLength()).isEqualTo(3);
		assertThat(x.getElementsByTagName("value").getLength()).isEqualTo(3);
		jsonError(get311("services/NOPE.json"), 404);
		xmlError(get311("services/NOPE.xml"), 404);
		jsonError(get311("services/UTILITIES.json?jurisdiction_id=999999"), 404);
	}

	@Test
	void postingNeedsAValidApiKeyAndTheRequiredFields() throws Exception {
		String key = issueKey("12345热线 " + random.nextInt());
		Map<String, String> good = form(key, "厂区停电 " + random.nextInt());

		Map<String, String> noKey = new java.util.LinkedHashMap<>(good);
		noKey.remove("api_key");
		jsonError(post311("json", noKey), 403);
		xmlError(post311("xml", noKey), 403);
		Map<String, String> badKey = new java.util.LinkedHashMap<>(good);
		badKey.put("api_key", "not-a-key");
		jsonError(post311("json", badKey), 403);

		Map<String, String> badJurisdiction = new java.util.LinkedHashMap<>(good);
		badJurisdiction.put("jurisdiction_id", "999999");
		jsonError(post311("json", badJurisdiction), 404);
		Map<String, String> noJurisdiction = new java.util.LinkedHashMap<>(good);
		noJurisdiction.remove("jurisdiction_id");
		jsonError(post311("json", noJurisdiction), 400);
		Map<String, String> badService = new java.util.LinkedHashMap<>(good);
		badService.put("service_code", "NOPE");
		xmlError(post311("xml", badService), 404);
		Map<String, String> noService = new java.util.LinkedHashMap<>(good);
		noService.remove("service_code");
		jsonError(post311("json", noService), 400);
		Map<String, String> noLocation = new java.util.LinkedHashMap<>(good);
		noLocation.remove("lat");
		noLocation.remove("long");
		jsonError(post311("json", noLocation), 400);
		xmlError(post311("xml", noLocation), 400);
		Map<String, String> noDescription = new java.util.LinkedHashMap<>(good);
		noDescription.remove("description");
		jsonError(post311("json", noDescription), 400);
		Map<String, String> badLat = new java.util.LinkedHashMap<>(good);
		badLat.put("lat", "north");
		jsonError(post311("json", badLat), 400);
		Map<String, String> foreignDivision = new java.util.LinkedHashMap<>(good);
		foreignDivision.put("attribute[division]", "210302");
		jsonError(post311("json", foreignDivision), 400);

		// a revoked key no longer works
		String revoked = issueKey("revoked " + random.nextInt());
		long id = body(perform(get("/api/v1/open311/keys"), adminToken(), null)).findValues("id")
			.stream()
			.mapToLong(JsonNode::asLong)
			.max()
			.orElseThrow();
		assertThat(
				perform(post("/api/v1/open311/keys/" + id + "/revoke"), adminToken(), null).getResponse().getStatus())
			.isEqualTo(200);
		jsonError(post311("json", form(revoked, "吊销后提交")), 403);
		// issuing is for administrators only, and the key is stored hashed
		problem(perform(post("/api/v1/open311/keys"), tokenOf("HANDLER", "210100", null), Map.of("system", "x")), 403);
		assertThat(jdbc.queryForObject("select count(*) from open311_key where key_hash = ?", Long.class, key))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from open311_key where key_hash = ?", Long.class,
				Open311KeyApi.hash(key)))
			.isEqualTo(1);
	}

	@Test
	void aRequestIsFiledReadAndFoundByTokenInJsonAndXml() throws Exception {
		String key = issueKey("12345热线 " + random.nextInt());
		String description = "厂区停电三天 " + random.nextInt();
		Map<String, String> form = form(key, description);
		form.put("attribute[division]", "210106");
		form.put("address_string", "沈阳市铁西区北二中路1号");
		JsonNode created = jsonOk(post311("json", form), 201);
		String id = created.get(0).get("service_request_id").asText();
		String token = created.get(0).get("token").asText();
		assertThat(created.get(0).get("service_notice").asText()).contains("工作日");

		// a retry (same key, device and description within 10 minutes) answers the first
		// request
		JsonNode retry = jsonOk(post311("json", form), 200);
		assertThat(retry.get(0).get("service_request_id").asText()).isEqualTo(id);
		assertThat(jdbc.queryForObject("select count(*) from appeal where description = ?", Long.class, description))
			.isEqualTo(1);

		JsonNode one = jsonOk(get311("requests/" + id + ".json?jurisdiction_id=210100", key), 200);
		assertThat(one).hasSize(1);
		List<String> fields = new ArrayList<>();
		one.get(0).fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactlyElementsOf(REQUEST_FIELDS);
		JsonNode r = one.get(0);
		assertThat(r.get("status").asText()).isEqualTo("open");
		assertThat(r.get("service_code").asText()).isEqualTo("UTILITIES");
		assertThat(r.get("service_name").asText()).isEqualTo("水电气暖");
		assertThat(r.get("description").asText()).isEqualTo(description);
		// 水电气暖 in 沈阳 goes to the city's rule
		assertThat(r.get("agency_responsible").asText()).isEqualTo("沈阳市城乡建设局（供暖燃气）");
		assertThat(r.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
		assertThat(r.get("expected_datetime").isNull()).as("no answer deadline before 签收").isTrue();
		assertThat(r.get("lat").asDouble()).isEqualTo(41.7959);
		assertThat(r.get("long").asDouble()).isEqualTo(123.357);
		assertThat(r.get("address").asText()).isEqualTo("沈阳市铁西区北二中路1号");

		Document x = xml(get311("requests/" + id + ".xml", key));
		assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_requests");
		Element request = firstChild(x.getDocumentElement(), "request");
		assertThat(childNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(firstChild(request, "service_request_id").getTextContent()).isEqualTo(id);

		JsonNode byToken = jsonOk(get311("tokens/" + token + ".json"), 200);
		assertThat(byToken.get(0).get("service_request_id").asText()).isEqualTo(id);
		assertThat(byToken.get(0).get("token").asText()).isEqualTo(token);
		Element t = firstChild(xml(get311("tokens/" + token + ".xml")).getDocumentElement(), "request");
		assertThat(childNames(t)).containsExactly("service_request_id", "token");
		jsonError(get311("tokens/no-such-token.json"), 404);
		xmlError(get311("tokens/no-such-token.xml"), 404);
		jsonError(get311("requests/999999999.json", key), 404);
		xmlError(get311("requests/abc.xml", key), 404);
		// outside the named jurisdiction it does not exist
		jsonError(get311("requests/" + id + ".json?jurisdiction_id=210300", key), 404);

		// POST in XML
		Map<String, String> xmlForm = form(key, "XML 提交 " + random.nextInt());
		MvcResult xmlPosted = post311("xml", xmlForm);
		assertThat(xmlPosted.getResponse().getStatus()).isEqualTo(201);
		Element item = firstChild(xml(xmlPosted).getDocumentElement(), "request");
		assertThat(childNames(item)).containsExactly("service_request_id", "token", "service_notice", "account_id");
	}

	@Test
	void requestsAreFilteredAsTheSpecSaysAndClosedOnesSayClosed() throws Exception {
		String key = issueKey("app " + random.nextInt());
		String openId = jsonOk(post311("json", form(key, "开放件 " + random.nextInt())), 201).get(0)
			.get("service_request_id")
			.asText();
		String closedId = jsonOk(post311("json", form(key, "办结件 " + random.nextInt())), 201).get(0)
			.get("service_request_id")
			.asText();
		// the centre runs the second one to 办结
		JsonNode a = body(read(adminToken(), Long.parseLong(closedId)));
		a = done(adminToken(), a, "accept", null);
		a = done(adminToken(), a, "start", null);
		a = done(adminToken(), a, "reply", with("reply", "已恢复供电"));
		a = done(adminToken(), a, "follow-up", with("satisfaction", "SATISFIED", "resolved", true));
		done(adminToken(), a, "close", null);

		JsonNode closed = jsonOk(
				get311("requests.json?jurisdiction_id=210100&status=closed&service_code=UTILITIES", key), 200);
		assertThat(closed.findValuesAsText("service_request_id")).contains(closedId).doesNotContain(openId);
		assertThat(closed.findValuesAsText("status")).containsOnly("closed");
		JsonNode closedOne = jsonOk(get311("requests/" + closedId + ".json", key), 200).get(0);
		assertThat(closedOne.get("expected_datetime").asText()).endsWith("T23:59:59+08:00");
		assertThat(closedOne.get("status_notes").asText()).startsWith("办结");
		JsonNode open = jsonOk(get311("requests.json?jurisdiction_id=210100&status=open", key), 200);
		assertThat(open.findValuesAsText("service_request_id")).contains(openId).doesNotContain(closedId);
		JsonNode both = jsonOk(get311("requests.json?service_request_id=" + openId + "," + closedId, key), 200);
		assertThat(both.findValuesAsText("service_request_id")).containsExactlyInAnyOrder(openId, closedId);
		JsonNode otherService = jsonOk(get311("requests.json?jurisdiction_id=210100&service_code=IP", key), 200);
		assertThat(otherService.findValuesAsText("service_request_id")).doesNotContain(openId, closedId);
		JsonNode past = jsonOk(mvc
			.perform(get("/open311/v2/requests.json").param("api_key", key)
				.param("start_date", "2020-01-01T00:00:00+08:00")
				.param("end_date", "2020-02-01T00:00:00+08:00"))
			.andReturn(), 200);
		assertThat(past).isEmpty();
		JsonNode today = jsonOk(mvc
			.perform(get("/open311/v2/requests.json").param("api_key", key)
				.param("service_code", "UTILITIES")
				.param("start_date", java.time.OffsetDateTime.now().minusHours(1).toString()))
			.andReturn(), 200);
		assertThat(today.findValuesAsText("service_request_id")).contains(openId, closedId);
		JsonNode anshan = jsonOk(get311("requests.json?jurisdiction_id=210300", key), 200);
		assertThat(anshan.findValuesAsText("service_request_id")).doesNotContain(openId);
		Document x = xml(get311("requests.xml?jurisdiction_id=210100&status=closed", key));
		assertThat(x.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(childNames((Element) x.getElementsByTagName("request").item(0)))
			.containsExactlyElementsOf(REQUEST_FIELDS);
		jsonError(get311("requests.json?status=pending", key), 400);
		xmlError(get311("requests.xml?start_date=yesterday", key), 400);
		jsonError(get311("requests.json?jurisdiction_id=999999", key), 404);
	}

	@Test
	void readingRequestsIsPublicAsTheSpecHasItButShowsOnlyOpen311Requests() throws Exception {
		String key = issueKey("读取 " + random.nextInt());
		String other = issueKey("另一系统 " + random.nextInt());
		String id = jsonOk(post311("json", form(key, "读取测试 " + random.nextInt())), 201).get(0)
			.get("service_request_id")
			.asText();
		// GET takes no api_key in GeoReport v2
		jsonOk(get311("requests/" + id + ".json"), 200);
		MvcResult xmlList = get311("requests.xml");
		assertThat(xmlList.getResponse().getStatus()).isEqualTo(200);
		assertThat(xmlList.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("<service_request_id>" + id + "</service_request_id>");
		jsonOk(get311("requests/" + id + ".json", other), 200);
		// a key given must be valid
		jsonError(get311("requests.json", "not-a-key"), 403);
		// an appeal filed on the platform's own API is not an Open311 request
		String own = filed(enterpriseIn("210106", "3421"), "UTILITIES", "210106").get("id").asText();
		jsonError(get311("requests/" + own + ".json"), 404);
		assertThat(jsonOk(get311("requests.json?service_request_id=" + own), 200)).isEmpty();
		jsonOk(get311("services.json"), 200);
	}

	@Test
	void aKeyOverItsRateLimitGets429WithTheSpecsErrorBody() throws Exception {
		MvcResult issued = perform(post("/api/v1/open311/keys"), adminToken(),
				Map.of("system", "限流 " + random.nextInt(), "requestsPerMinute", 3));
		assertThat(issued.getResponse().getStatus()).as(text(issued)).isEqualTo(201);
		String key = body(issued).get("apiKey").asText();
		jsonOk(post311("json", form(key, "限流一 " + random.nextInt())), 201);
		jsonOk(get311("requests.json", key), 200);
		jsonOk(get311("requests.json", key), 200);
		MvcResult limited = get311("requests.json", key);
		jsonError(limited, 429);
		assertThat(Long.parseLong(limited.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		MvcResult limitedPost = post311("xml", form(key, "限流二 " + random.nextInt()));
		xmlError(limitedPost, 429);
		// another key is not affected
		jsonOk(get311("requests.json", issueKey("不限流 " + random.nextInt())), 200);
		// a bad limit is refused
		MvcResult bad = perform(post("/api/v1/open311/keys"), adminToken(),
				Map.of("system", "坏限额", "requestsPerMinute", 0));
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void concurrentRetriesCreateOneAppeal() throws Exception {
		String key = issueKey("并发重试 " + random.nextInt());
		int threads = 6;
		for (int round = 0; round < 3; round++) {
			String description = "并发重试 " + round + " " + random.nextInt();
			Map<String, String> form = form(key, description);
			java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(threads);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
			List<java.util.concurrent.Future<MvcResult>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				results.add(pool.submit(() -> {
					barrier.await();
					return post311("json", form);
				}));
			}
			List<String> ids = new ArrayList<>();
			int created = 0;
			for (var f : results) {
				MvcResult r = f.get();
				int status = r.getResponse().getStatus();
				assertThat(status).as(text(r)).isIn(200, 201);
				created += status == 201 ? 1 : 0;
				ids.add(body(r).get(0).get("service_request_id").asText());
			}
			pool.shutdown();
			assertThat(created).as("round " + round).isEqualTo(1);
			assertThat(ids).as("every retry answers the first appeal").containsOnly(ids.get(0));
			assertThat(
					jdbc.queryForObject("select count(*) from appeal where description = ?", Long.class, description))
				.isEqualTo(1);
		}
		// the same description from another device is a new appeal
		Map<String, String> other = form(key, "另一设备 " + random.nextInt());
		jsonOk(post311("json", other), 201);
		other.put("device_id", "another-device");
		jsonOk(post311("json", other), 201);
	}

}

package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The enterprise code through the whole stack: images, access, the public card,
 * revocation, key rotation.
 */
class EnterpriseCodeApiTest extends ApiTestSupport {

	static final String ADDRESS_WORD = "北二中路九十九号";

	@Autowired
	CodeKeys codeKeys;

	@Autowired
	EnterpriseCodeService codeService;

	@Autowired
	AccountManagement accounts;

	@Autowired
	EnterpriseCodeIssues issues;

	/**
	 * An enterprise with every private field filled in, so that the card can be shown to
	 * leave them out.
	 */
	JsonNode registerFull(String name) throws Exception {
		Map<String, Object> body = enterprise(TestData.validUscc(random), name, "210106", "3421");
		body.put("employees", 7319);
		body.put("revenueBand", "R4");
		body.put("latitude", 41.79683);
		body.put("longitude", 123.43291);
		body.put("address", "沈阳市铁西区" + ADDRESS_WORD);
		body.put("foundedOn", "2003-05-06");
		body.put("qualifications", List.of("HNTE", "SRDI_SME"));
		return register(body);
	}

	String name() {
		return "沈阳" + TestData.uniqueWord(random) + "数控机床有限公司";
	}

	JsonNode code(String uscc, String token) throws Exception {
		MvcResult r = perform(get("/api/v1/enterprises/" + uscc + "/code"), token, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	MvcResult open(String url) throws Exception {
		return mvc
			.perform(get(URI.create(url).getPath()
					+ (URI.create(url).getQuery() == null ? "" : "?" + URI.create(url).getQuery())))
			.andReturn();
	}

	MvcResult openToken(String token) throws Exception {
		return mvc.perform(get("/c/" + token)).andReturn();
	}

	static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}

	// ---------------------------------------------------------------- images and access

	@Test
	void thePngOfTheEnterpriseItselfDecodesToTheUrlOfItsPublicCard() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		String own = tokenOf("ENTERPRISE", null, uscc);

		MvcResult png = perform(get("/api/v1/enterprises/" + uscc + "/code.png?size=400"), own, null);

		assertThat(png.getResponse().getStatus()).isEqualTo(200);
		assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
		byte[] bytes = png.getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(400);
		String url = decodeQr(bytes);
		assertThat(url).isEqualTo(code(uscc, own).get("url").asText()).startsWith("http://localhost/c/");

		MvcResult card = open(url);
		assertThat(card.getResponse().getStatus()).isEqualTo(200);
		String html = text(card);
		assertThat(html).contains(name, uscc, "经平台核验", "金属切削机床制造", "沈阳市铁西区", "2003", "高新技术企业", "专精特新中小企业", "12345");
	}

	/**
	 * Outside a web request (a job, a listener, a benchmark) there is no request address:
	 * without lianshang.public-base-url the code points to
	 * lianshang.notification.base-url (here its default), and it still opens the card.
	 */
	@Test
	void theServiceGivesTheCodeOutsideAWebRequestWithThePlatformsAddress() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		UserDetails admin = accounts.loadUserByUsername("admin");
		RequestAttributes testRequest = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		EnterpriseCodeService.Code code;
		try {
			assertThat(RequestContextHolder.getRequestAttributes()).isNull();
			code = codeService.current(uscc);
		}
		finally {
			SecurityContextHolder.clearContext();
			RequestContextHolder.setRequestAttributes(testRequest);
		}
		assertThat(code.url()).isEqualTo("http://localhost:8080/c/" + code.token());
		assertThat(code.token()).isEqualTo(code(uscc, adminToken()).get("token").asText());
		MvcResult card = open(code.url());
		assertThat(card.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(card)).contains(name, uscc);
	}

	@Test
	void theSvgIsOneScalablePathThatZxingReadsBackAtAnySize() throws Exception {
		String uscc = registerFull(name()).get("uscc").asText();
		MvcResult r = perform(get("/api/v1/enterprises/" + uscc + "/code.svg"), adminToken(), null);

		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(r.getResponse().getContentType()).startsWith("image/svg+xml");
		String svg = text(r);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
		assertThat(svg.split("<path", -1)).hasSize(2);
		// rasterise the path: every "Mx yhWv1h-Wz" is a run of dark modules; the image
		// must decode to the card URL
		String viewBox = svg.substring(svg.indexOf("viewBox=\"0 0 ") + 13);
		int n = Integer.parseInt(viewBox.substring(0, viewBox.indexOf(' ')));
		assertThat(n).isGreaterThanOrEqualTo(21 + 8);
		int scale = 6;
		BufferedImage image = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, n * scale, n * scale);
		g.setColor(java.awt.Color.BLACK);
		String d = svg.substring(svg.indexOf(" d=\"") + 4, svg.lastIndexOf("\"/></svg>"));
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(d);
		int runs = 0;
		while (m.find()) {
			g.fillRect(Integer.parseInt(m.group(1)) * scale, Integer.parseInt(m.group(2)) * scale,
					Integer.parseInt(m.group(3)) * scale, scale);
			runs++;
		}
		assertThat(runs).isGreaterThan(50);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		ImageIO.write(image, "PNG", out);
		assertThat(decodeQr(out.toByteArray())).isEqualTo(code(uscc, adminToken()).get("url").asText());
	}

	@Test
	void onlyTheEnterpriseItselfAndAnAdministratorGetTheCode() throws Exception {
		String uscc = registerFull(name()).get("uscc").asText();
		String other = registerFull(name()).get("uscc").asText();
		String otherEnterprise = tokenOf("ENTERPRISE", null, other);
		String handler = tokenOf("HANDLER", "210106", null);

		assertThat(
				perform(get("/api/v1/enterprises/" + uscc + "/code.png"), adminToken(), null).getResponse().getStatus())
			.isEqualTo(200);
		for (String path : List.of("/code.png", "/code.svg", "/code")) {
			problem(perform(get("/api/v1/enterprises/" + uscc + path), otherEnterprise, null), 404);
			problem(perform(get("/api/v1/enterprises/" + uscc + path), handler, null), 403);
			problem(perform(get("/api/v1/enterprises/" + uscc + path), null, null), 401);
		}
		problem(perform(post("/api/v1/enterprises/" + uscc + "/code/revoke"), otherEnterprise, null), 404);
		problem(perform(post("/api/v1/enterprises/" + uscc + "/code/revoke"), handler, null), 403);
		problem(perform(post("/api/v1/enterprise-codes/keys/rotate"), otherEnterprise, null), 403);
		problem(perform(get("/api/v1/enterprises/" + TestData.validUscc(random) + "/code.png"), adminToken(), null),
				404);
	}

	@Test
	void aSizeOutsideTheLimitsIsRefusedOnFieldSize() throws Exception {
		String uscc = registerFull(name()).get("uscc").asText();
		for (String size : List.of("127", "2049", "-1")) {
			JsonNode p = problem(
					perform(get("/api/v1/enterprises/" + uscc + "/code.png?size=" + size), adminToken(), null), 400);
			assertThat(errorOn(p, "size").get("code").asText()).isEqualTo("code.size");
			assertThat(errorOn(p, "size").get("message").asText()).contains("128", "2048");
		}
		MvcResult smallest = perform(get("/api/v1/enterprises/" + uscc + "/code.png?size=128"), adminToken(), null);
		assertThat(decodeQr(smallest.getResponse().getContentAsByteArray())).contains("/c/");
	}

	// ---------------------------------------------------------------- the public card

	@Test
	void theCardShowsRegistryFactsAndNothingPrivate() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		String token = code(uscc, adminToken()).get("token").asText();

		for (String lang : List.of("", "?lang=en")) {
			MvcResult r = mvc.perform(get("/c/" + token + lang)).andReturn();
			assertThat(r.getResponse().getStatus()).isEqualTo(200);
			// the token itself is random text that may contain any digits: look at the
			// page without it
			String html = withoutCsrf(text(r).replace(token, ""));
			assertThat(html).contains(name, uscc, "2003");
			assertThat(html).doesNotContain("7319", "7,319", "R4", "亿元", "41.79", "123.43", ADDRESS_WORD, "revenue",
					"employees", "latitude");
		}
		assertThat(text(mvc.perform(get("/c/" + token + "?lang=en")).andReturn())).contains("Verified by the platform",
				"High and New Technology Enterprise");
	}

	@Test
	void aForgedCodeShowsAClearPageAndNoEnterprise() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		String victimName = name();
		String victim = registerFull(victimName).get("uscc").asText();
		String token = code(uscc, adminToken()).get("token").asText();
		byte[] bytes = Base64.getUrlDecoder().decode(token);
		System.arraycopy(victim.getBytes(StandardCharsets.US_ASCII), 0, bytes, 3, 18);
		String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		EnterpriseCodeKey current = codeKeys.findFirstByRetiredAtIsNullOrderByIdDesc().orElseThrow();
		String unknownKey = new EnterpriseCodeToken(60_000, uscc, 1, Instant.now(), null).sign(current.secret());
		byte[] wrongSecret = new byte[32];
		random.nextBytes(wrongSecret);
		String wrongKey = new EnterpriseCodeToken(current.id(), uscc, 1, Instant.now(), null).sign(wrongSecret);

		for (String forged : List.of(tampered, unknownKey, wrongKey, "not-a-code", token.substring(2))) {
			MvcResult r = openToken(forged);
			assertThat(r.getResponse().getStatus()).as(forged).isEqualTo(404);
			String html = text(r);
			assertThat(html).contains("无法识别的企业码", "data-reason=\"forged\"")
				.doesNotContain(name, victimName, uscc, victim);
		}
		MvcResult en = mvc.perform(get("/c/" + tampered + "?lang=en")).andReturn();
		assertThat(en.getResponse().getStatus()).isEqualTo(404);
		assertThat(text(en)).contains("Unrecognised enterprise code").doesNotContain(victimName);
	}

	@Test
	void anExpiredCodeIsGoneWithItsOwnPage() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		code(uscc, adminToken());
		EnterpriseCodeKey current = codeKeys.findFirstByRetiredAtIsNullOrderByIdDesc().orElseThrow();
		int serial = issues.findByUsccAndRevokedAtIsNull(uscc).orElseThrow().serial();
		Instant issued = Instant.now().minusSeconds(7200);
		String live = new EnterpriseCodeToken(current.id(), uscc, serial, issued, Instant.now().plusSeconds(600))
			.sign(current.secret());
		String expired = new EnterpriseCodeToken(current.id(), uscc, serial, issued, Instant.now().minusSeconds(1))
			.sign(current.secret());

		assertThat(openToken(live).getResponse().getStatus()).isEqualTo(200);
		MvcResult r = openToken(expired);
		assertThat(r.getResponse().getStatus()).isEqualTo(410);
		assertThat(text(r)).contains("此企业码已过期").doesNotContain(name, uscc);
	}

	// ---------------------------------------------------------------- revocation and
	// rotation

	@Test
	void aRevokedCodeOpensTheRevokedPageAndItsSuccessorTheCard() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		String own = tokenOf("ENTERPRISE", null, uscc);
		JsonNode before = code(uscc, own);
		assertThat(code(uscc, own).get("token").asText()).as("stable until revoked")
			.isEqualTo(before.get("token").asText());

		MvcResult revoke = perform(post("/api/v1/enterprises/" + uscc + "/code/revoke"), own, null);

		assertThat(revoke.getResponse().getStatus()).as(text(revoke)).isEqualTo(200);
		JsonNode after = body(revoke);
		assertThat(after.get("serial").asInt()).isEqualTo(before.get("serial").asInt() + 1);
		assertThat(after.get("token").asText()).isNotEqualTo(before.get("token").asText());
		assertThat(code(uscc, own).get("token").asText()).isEqualTo(after.get("token").asText());
		MvcResult old = open(before.get("url").asText());
		assertThat(old.getResponse().getStatus()).isEqualTo(410);
		assertThat(text(old)).contains("此企业码已作废").doesNotContain(name);
		MvcResult oldEn = open(before.get("url").asText() + "?lang=en");
		assertThat(text(oldEn)).contains("This enterprise code has been revoked");
		MvcResult fresh = open(after.get("url").asText());
		assertThat(fresh.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(fresh)).contains(name);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'enterprise-code.revoke' and entity_id = ?",
				Long.class, uscc))
			.isEqualTo(1);

		// an administrator may revoke too
		MvcResult byAdmin = perform(post("/api/v1/enterprises/" + uscc + "/code/revoke"), adminToken(), null);
		assertThat(body(byAdmin).get("serial").asInt()).isEqualTo(after.get("serial").asInt() + 1);
		assertThat(open(after.get("url").asText()).getResponse().getStatus()).isEqualTo(410);
	}

	@Test
	void codesSignedBeforeARotationStillOpenUntilTheirKeyIsRetired() throws Exception {
		String name = name();
		String uscc = registerFull(name).get("uscc").asText();
		JsonNode before = code(uscc, adminToken());

		MvcResult rotate = perform(post("/api/v1/enterprise-codes/keys/rotate"), adminToken(), null);

		assertThat(rotate.getResponse().getStatus()).as(text(rotate)).isEqualTo(200);
		JsonNode key = body(rotate);
		assertThat(key.has("secret")).isFalse();
		int newKey = key.get("id").asInt();
		assertThat(newKey).isGreaterThan(before.get("keyId").asInt());
		JsonNode after = code(uscc, adminToken());
		assertThat(after.get("keyId").asInt()).isEqualTo(newKey);
		assertThat(after.get("serial").asInt()).isEqualTo(before.get("serial").asInt());
		assertThat(after.get("token").asText()).isNotEqualTo(before.get("token").asText());
		assertThat(open(before.get("url").asText()).getResponse().getStatus()).isEqualTo(200);
		assertThat(open(after.get("url").asText()).getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'enterprise-code.key.rotate' and entity_id = ?",
				Long.class, String.valueOf(newKey)))
			.isEqualTo(1);
		JsonNode keys = body(perform(get("/api/v1/enterprise-codes/keys"), adminToken(), null));
		assertThat(keys.get(0).get("id").asInt()).isEqualTo(newKey);
		assertThat(keys.toString()).doesNotContain("secret");

		// retiring the old key refuses what it signed; the new key goes on
		MvcResult retire = perform(post("/api/v1/enterprise-codes/keys/" + before.get("keyId").asInt() + "/retire"),
				adminToken(), null);
		assertThat(retire.getResponse().getStatus()).as(text(retire)).isEqualTo(200);
		assertThat(open(before.get("url").asText()).getResponse().getStatus()).isEqualTo(404);
		assertThat(open(after.get("url").asText()).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theKeyIsNotInTheRepositoryButGeneratedAndStored() throws Exception {
		String uscc = registerFull(name()).get("uscc").asText();
		code(uscc, adminToken());
		EnterpriseCodeKey current = codeKeys.findFirstByRetiredAtIsNullOrderByIdDesc().orElseThrow();
		assertThat(current.secret()).hasSize(32);
		assertThat(codeKeys.findAll().stream().map(k -> Base64.getEncoder().encodeToString(k.secret())).distinct())
			.hasSize((int) codeKeys.count());
	}

	/**
	 * The page without the value of its CSRF field: random text that may contain any
	 * letters and digits (it once held "R4", a revenue band the card must not show).
	 */
	static String withoutCsrf(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

}

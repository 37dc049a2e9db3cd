package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.notification.Notifying;

/**
 * The web UI end to end in headless Chromium: sign in, search the registry, open an
 * enterprise, switch to English, and check that the page fits a phone. Screenshots are
 * kept in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String USCC = "914403001922038216";

	static final String NAME = "沈阳精工数控机床有限公司";

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Notifying notifying;

	@Autowired
	ObjectMapper json;

	WebDriver driver;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		registerEnterprises();
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		// A Chinese user's browser: the platform answers in Chinese until the user
		// switches.
		ChromeOptions options = cn.lianshang.Chromium.options(CHROMIUM, profile, "1280,900");
		driver = new ChromeDriver(options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
		}
	}

	/**
	 * Two enterprises, registered as the administrator, so that a search has something to
	 * tell apart.
	 */
	void registerEnterprises() {
		if (registry.isRegistered(USCC)) {
			return;
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			registry.register(new EnterpriseDraft(USCC, NAME, "210106", "3421", "沈阳市铁西区北二东路 1 号", null, null,
					Scale.ABOVE, 320, null, LocalDate.of(2003, 5, 18), EnterpriseStatus.ACTIVE, List.of("HNTE")));
			registry.register(new EnterpriseDraft("91110108551385082Q", "鞍山华达物流有限公司", "210300", "5431", null, null,
					null, Scale.BELOW, 40, null, null, EnterpriseStatus.ACTIVE, List.of()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anAdministratorSearchesOpensAnEnterpriseAndSwitchesToEnglishOnDesktopAndPhone() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + port;

		driver.get(base + "/login");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/enterprises");
		// a word of this test's enterprise only: other tests sharing the context register
		// machine-tool makers too
		driver.findElement(By.id("q")).sendKeys("精工数控");
		// htmx swaps the results in place (the page is not reloaded, so the marker
		// survives) and puts the query
		// into the address bar.
		((JavascriptExecutor) driver).executeScript("window.stillTheSamePage = true;");
		driver.findElement(By.id("search-submit")).click();
		wait.until(ExpectedConditions.urlContains("q="));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1"));
		assertThat(((JavascriptExecutor) driver).executeScript("return window.stillTheSamePage === true;"))
			.as("the search swapped the results without reloading the page")
			.isEqualTo(true);
		WebElement hit = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#result-table a.result-link")));
		assertThat(driver.findElements(By.cssSelector("#result-table a.result-link"))).hasSize(1);
		assertThat(hit.getText()).isEqualTo(NAME);
		screenshot("desktop-search-zh");

		hit.click();
		wait.until(ExpectedConditions.textToBe(By.id("enterprise-uscc"), USCC));
		assertThat(driver.findElement(By.id("enterprise-name")).getText()).isEqualTo(NAME);
		assertThat(driver.findElement(By.id("enterprise-qualifications")).getText()).contains("高新技术企业");
		screenshot("desktop-detail-zh");

		driver.findElement(By.id("lang-en")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		String body = driver.findElement(By.tagName("body")).getText();
		assertThat(body).contains("Unified social credit code", "High and New Technology Enterprise");
		assertThat(driver.findElement(By.id("enterprise-uscc")).getText()).isEqualTo(USCC);
		screenshot("desktop-detail-en");

		// An import through the real form (multipart with the CSRF token in the body):
		// broken rows are reported.
		Path csv = Files.createTempFile(profile, "import", ".csv");
		Files.writeString(csv, "统一社会信用代码,企业名称,行政区划代码,行业代码\n91210100MA0000000X,坏代码企业,210106,3421\n"
				+ "911101026662879416,好企业,999999,34\n");
		driver.get(base + "/enterprises/import");
		driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		driver.findElement(By.id("import-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
		assertThat(driver.findElement(By.id("import-problems")).getText()).contains("999999");
		screenshot("desktop-import-problems-en");

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("search-filtered", "/enterprises?q=%E6%9C%BA%E5%BA%8A&scale=ABOVE");
		pages.put("detail", "/enterprises/" + USCC);
		pages.put("regions", "/regions");
		pages.put("region-shenyang", "/regions/210100");
		pages.put("accounts", "/admin/accounts");
		pages.put("account-form", "/admin/accounts/new");
		pages.put("audit", "/admin/audit");
		pages.put("import", "/enterprises/import");
		driver.get(base + "/?lang=zh_CN");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			driver.get(base + page.getValue());
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
			screenshot("desktop-" + page.getKey() + "-zh");
		}
		driver.manage().window().setSize(new Dimension(390, 844));
		for (String page : pages.values()) {
			driver.get(base + page);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
			assertThat(fitsTheWindow()).as("no horizontal overflow at 390 px on %s", page).isTrue();
		}
		driver.get(base + "/regions/210100");
		screenshot("phone-region-zh");
		driver.get(base + "/enterprises/" + USCC + "?lang=en");
		screenshot("phone-detail-en");
		driver.get(base + "/enterprises?lang=zh_CN");
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
		screenshot("phone-search-zh");
		// The menu collapses on a phone and opens without any script of the page.
		assertThat(driver.findElement(By.id("nav-regions")).isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("label[for=nav-toggle]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-regions")));
		screenshot("phone-menu-zh");
	}

	@Test
	void anEnterpriseOpensItsServicePageOnAPhone() throws IOException {
		String uscc = cn.lianshang.TestData.validUscc(new java.util.Random(20261122), "210106");
		String username = "browser-service";
		if (!registry.isRegistered(uscc)) {
			UserDetails admin = accounts.loadUserByUsername("admin");
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			try {
				registry.register(new EnterpriseDraft(uscc, "沈阳服务页浏览器测试通用设备制造有限公司", "210106", "3421", null, null, null,
						Scale.ABOVE, 80, null, LocalDate.of(2012, 3, 1), EnterpriseStatus.ACTIVE, List.of()));
				accounts.create(new AccountManagement.NewAccount(username, "service-page-password", Role.ENTERPRISE,
						null, uscc, "服务页"));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + port;
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("service-page-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		// the menu entry 企业码/服务页 leads to the service page
		driver.findElement(By.cssSelector("label[for=nav-toggle]")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-service"))).click();
		wait.until(ExpectedConditions.textToBe(By.id("enterprise-uscc"), uscc));
		for (String section : List.of("section-demands", "section-offers", "section-policies", "section-appeals",
				"section-knowledge")) {
			assertThat(driver.findElement(By.id(section)).isDisplayed()).as(section).isTrue();
		}
		assertThat(driver.findElements(By.cssSelector("#section-knowledge li.knowledge"))).isNotEmpty();
		Object qrLoaded = ((JavascriptExecutor) driver)
			.executeScript("var i = document.getElementById('code-image'); return i.complete && i.naturalWidth > 0;");
		assertThat(qrLoaded).as("the QR image loads").isEqualTo(true);
		assertThat(fitsTheWindow()).as("no horizontal overflow at 390 px on /my").isTrue();
		screenshot("phone-service-zh");

		driver.get(base + "/my?lang=en");
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(fitsTheWindow()).as("no horizontal overflow at 390 px on /my in English").isTrue();
		screenshot("phone-service-en");
		driver.get(base + "/my/code?lang=zh_CN");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
		assertThat(fitsTheWindow()).as("no horizontal overflow at 390 px on /my/code").isTrue();
	}

	/**
	 * The three portal pages of an enterprise with something in every section (long names
	 * and titles, an unbroken part number, postings with matches, messages, an appeal) on
	 * a 390 px wide phone, in Chinese and English: the service page, the my-code page and
	 * the public card behind the code (signed in and anonymous). None scrolls sideways;
	 * the offending elements are named if one does.
	 */
	@Test
	void theServicePageTheCodePageAndThePublicCardFitA390PxPhone() throws Exception {
		java.util.Random random = new java.util.Random();
		String word = cn.lianshang.TestData.uniqueWord(random);
		String uscc = cn.lianshang.TestData.validUscc(random, "210106");
		String otherUscc = cn.lianshang.TestData.validUscc(random, "210106");
		String name = "沈阳" + word + "高端装备智能制造与工业互联网技术服务集团股份有限公司铁西分公司";
		String username = cn.lianshang.TestData.uniqueUsername(random, "phone");
		String latin = username.substring("phone-".length()).toUpperCase(java.util.Locale.ROOT);
		String password = "phone-page-password";
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			registry.register(new EnterpriseDraft(uscc, name, "210106", "3421", "沈阳市铁西区北二东路 1 号", null, null,
					Scale.ABOVE, 320, null, LocalDate.of(2003, 5, 18), EnterpriseStatus.ACTIVE, List.of("HNTE")));
			registry.register(new EnterpriseDraft(otherUscc, "沈阳" + word + "精密数控加工有限公司", "210106", "3484", null, null,
					null, Scale.BELOW, 40, null, null, EnterpriseStatus.ACTIVE, List.of()));
			accounts
				.create(new AccountManagement.NewAccount(username, password, Role.ENTERPRISE, null, uscc, "手机页面测试"));
			accounts.create(new AccountManagement.NewAccount(username + "-o", password, Role.ENTERPRISE, null,
					otherUscc, "手机页面测试他方"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String base = "http://localhost:" + port;
		Api api = new Api(base, json);
		String ours = api.token(username, password);
		String theirs = api.token(username + "-o", password);
		String partNumber = "SYJG-" + latin + "-20261203-0000000000-AXLE";
		// our demand and the other's offer that matches it; our offer and the other's
		// demand it could serve
		api.post("/api/v1/offers", theirs, offer(null, "数控车削加工 轴类零件 精密外圆磨削 " + word));
		api.post("/api/v1/demands", ours, demand("2000 件 45#钢数控车削轴类零件 图号 " + partNumber + " " + word));
		api.post("/api/v1/demands", theirs, demand("数控车削轴类零件批量外协 " + word));
		api.post("/api/v1/offers", ours, offer(null, "数控车削加工 轴类零件 来图来样定制 零件号 " + partNumber + " " + word));
		for (int i = 1; i <= 3; i++) {
			notifying.send(new Notifying.Message(uscc, null, "test", word, "手机页面测试未读消息 " + i + " 关于 " + partNumber,
					"正文", "/my"));
		}
		Map<String, Object> appeal = new LinkedHashMap<>();
		appeal.put("category", "OTHER");
		appeal.put("description", "手机页面测试诉求：厂区道路施工影响货车通行，请协调 " + partNumber + " " + word);
		appeal.put("divisionCode", "210106");
		api.post("/api/v1/appeals", ours, appeal);
		String cardUrl = json.readTree(api.get("/api/v1/enterprises/" + uscc + "/code", ours)).get("url").asText();

		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		for (String lang : List.of("zh_CN", "en")) {
			driver.get(base + "/my?lang=" + lang);
			wait.until(ExpectedConditions.textToBe(By.id("enterprise-uscc"), uscc));
			assertThat(driver.findElement(By.id("section-demands")).getText()).contains(partNumber);
			assertThat(driver.findElement(By.id("section-offers")).getText()).contains(partNumber);
			assertThat(driver.findElement(By.id("section-inbox")).getText()).contains(partNumber);
			assertThat(driver.findElement(By.id("section-appeals")).getText()).isNotBlank();
			assertFits("/my?lang=" + lang);
			screenshot("phone-service-full-" + lang);

			driver.get(base + "/my/code?lang=" + lang);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
			assertFits("/my/code?lang=" + lang);
			screenshot("phone-my-code-" + lang);

			driver.get(cardUrl + "?lang=" + lang);
			wait.until(ExpectedConditions.textToBe(By.id("enterprise-name"), name));
			assertThat(driver.findElement(By.id("offers")).getText()).contains(partNumber);
			assertFits("the public card, signed in, " + lang);
			screenshot("phone-card-signed-in-" + lang);
		}
		driver.manage().deleteAllCookies();
		for (String lang : List.of("zh_CN", "en")) {
			driver.get(cardUrl + "?lang=" + lang);
			wait.until(ExpectedConditions.textToBe(By.id("enterprise-name"), name));
			assertThat(driver.findElements(By.id("message-contact"))).as("the visitor's message form").hasSize(1);
			assertThat(driver.findElements(By.id("current-user"))).as("anonymous").isEmpty();
			assertFits("the public card, anonymous, " + lang);
			screenshot("phone-card-anonymous-" + lang);
		}
	}

	/**
	 * No sideways scroll: the document is no wider than the window. The message names up
	 * to ten visible elements that reach past the right edge outside a scrolling box.
	 */
	void assertFits(String page) {
		Object offenders = ((JavascriptExecutor) driver).executeScript("""
				var w = window.innerWidth, out = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.width === 0 || r.height === 0 || r.right <= w + 1) return;
				  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				    var o = getComputedStyle(p).overflowX;
				    if (o === 'auto' || o === 'scroll' || o === 'hidden') return;
				  }
				  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				    + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
				    + ' right=' + Math.round(r.right));
				});
				return 'scrollWidth ' + document.documentElement.scrollWidth + ', window ' + w + '; '
				  + out.slice(0, 10).join(', ');""");
		assertThat(fitsTheWindow()).as("no horizontal overflow at 390 px on %s (%s)", page, offenders).isTrue();
	}

	static Map<String, Object> offer(String owner, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		if (owner != null) {
			body.put("enterpriseUscc", owner);
		}
		body.put("title", title);
		body.put("description", "数控车床 20 台，承接 45# 钢、40Cr 轴类零件批量加工");
		body.put("processes", List.of("TURNING"));
		body.put("materials", List.of("45#", "40Cr"));
		body.put("toleranceIt", 6);
		body.put("monthlyCapacity", 5000);
		body.put("leadTimeDays", 5);
		body.put("certifications", List.of("IATF16949"));
		return body;
	}

	static Map<String, Object> demand(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", title);
		body.put("description", "汽车零部件，公差 IT7，月底交货");
		body.put("toleranceIt", 7);
		body.put("quantity", 2000);
		body.put("certifications", List.of("IATF16949"));
		body.put("dueDate", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(1).toString());
		return body;
	}

	/** The platform's HTTP API on the test server, with bearer tokens. */
	record Api(String base, ObjectMapper json) {

		static final HttpClient HTTP = HttpClient.newHttpClient();

		String token(String username, String password) throws Exception {
			HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(json.writeValueAsString(Map.of("username", username, "password", password))))
				.build());
			assertThat(r.statusCode()).as("login of " + username + ": " + r.body()).isEqualTo(200);
			return json.readTree(r.body()).get("token").asText();
		}

		void post(String path, String token, Map<String, Object> body) throws Exception {
			HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build());
			assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(201);
		}

		String get(String path, String token) throws Exception {
			HttpResponse<String> r = send(
					HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build());
			assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
			return r.body();
		}

		private static HttpResponse<String> send(HttpRequest request) throws Exception {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		}

	}

	boolean fitsTheWindow() {
		Object fits = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		return Boolean.TRUE.equals(fits);
	}

	void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

}

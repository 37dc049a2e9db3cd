package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

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

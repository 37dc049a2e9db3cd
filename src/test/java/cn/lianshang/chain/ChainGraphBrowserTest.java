package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

/**
 * The chain graph page and a node's map in headless Chromium: ECharts draws its canvas
 * and the browser logs no error (CSP violations and script errors are logged as SEVERE).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChainGraphBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AssigningEnterprises assigning;

	WebDriver driver;

	Path profile;

	String name;

	@BeforeEach
	void start() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		name = "沈阳" + TestData.uniqueWord(new SecureRandom()) + "数控机床有限公司";
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			String uscc = TestData.validUscc(new SecureRandom());
			registry.register(new EnterpriseDraft(uscc, name, "210106", "3421", null, 41.79, 123.35, Scale.ABOVE, 800,
					null, null, EnterpriseStatus.ACTIVE, List.of()));
			assigning.assign("MACHTOOL", "MT-CUT", uscc);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		// A Chinese user's browser: the platform answers in Chinese until the user
		// switches.
		ChromeOptions options = cn.lianshang.Chromium.options(CHROMIUM, profile, "1280,900");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		driver = new ChromeDriver(options);
	}

	@AfterEach
	void stop() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Test
	void theGraphAndTheMapRenderWithoutScriptErrors() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		String base = "http://localhost:" + port;
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/chains");
		driver.findElement(By.id("chain-MACHTOOL")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("chain-graph"), "data-rendered", "true"));
		assertThat(driver.findElements(By.cssSelector("#chain-graph canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.id("chain-name")).getText()).isEqualTo("机床及功能部件");
		assertThat(driver.findElement(By.id("seed-quote")).getText()).isEqualTo(ChainPages.SEED_QUOTE);
		assertThat(driver.findElement(By.cssSelector("#node-MT-CUT .node-count")).getText()).isNotEqualTo("0");
		screenshot("chain-graph");

		driver.get(base + "/chains/MACHTOOL/nodes/MT-CUT?status=CONFIRMED");
		wait.until(ExpectedConditions.attributeToBe(By.id("node-map"), "data-rendered", "true"));
		assertThat(driver.findElements(By.cssSelector("#node-map canvas"))).isNotEmpty();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "chain-node-map.png"),
				driver.findElement(By.id("node-map")).getScreenshotAs(OutputType.BYTES));
		assertThat(driver.findElement(By.id("enterprise-table")).getText()).contains(name);

		// on a phone the graph still draws
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/chains/MACHTOOL?lang=en");
		wait.until(ExpectedConditions.attributeToBe(By.id("chain-graph"), "data-rendered", "true"));
		screenshot("chain-graph-phone-en");

		List<LogEntry> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			// the application has no favicon (not this module's concern)
			.filter(e -> !e.getMessage().contains("favicon.ico"))
			.toList();
		assertThat(errors).as("browser errors").isEmpty();
	}

	/**
	 * Every chain page on a phone, 390 px wide, in Chinese and in English: the page does
	 * not scroll sideways (wide tables scroll inside their own frame), and the charts
	 * draw.
	 */
	@Test
	void theChainPagesFitAPhoneWithoutSidewaysScroll() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		String base = "http://localhost:" + port;
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue()).as("the viewport")
			.isLessThanOrEqualTo(390);
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("list", "/chains");
		pages.put("chain", "/chains/MACHTOOL");
		pages.put("chain-city", "/chains/MACHTOOL?city=210100");
		pages.put("node", "/chains/MACHTOOL/nodes/MT-CUT");
		pages.put("node-confirmed", "/chains/MACHTOOL/nodes/MT-CUT?status=CONFIRMED");
		pages.put("edit", "/chains/MACHTOOL/edit");
		pages.put("versions", "/chains/MACHTOOL/versions");
		pages.put("version", "/chains/MACHTOOL/versions/1");
		pages.put("declare", "/chains/MACHTOOL/supply-edges/new?node=MT-CUT");
		String overflow = "const w = document.documentElement.clientWidth;"
				+ " if (document.documentElement.scrollWidth <= w) { return ''; }" + " const out = [];"
				+ " for (const e of document.body.querySelectorAll('*')) {" + "   const r = e.getBoundingClientRect();"
				+ "   if (r.right > w + 1 && !e.closest('.table-wrap')) {"
				+ "     out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right)); }"
				+ " }"
				+ " return document.documentElement.scrollWidth + ' > ' + w + ': ' + out.slice(0, 8).join(', ');";
		for (String lang : List.of("zh-CN", "en")) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				String url = base + page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + lang;
				driver.get(url);
				wait.until(d -> "complete".equals(js.executeScript("return document.readyState;")));
				for (String chart : List.of("chain-graph", "node-map")) {
					if (!driver.findElements(By.id(chart)).isEmpty()) {
						wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
					}
				}
				assertThat(driver.getTitle()).as(url).isNotBlank();
				screenshot("phone-" + page.getKey() + "-" + lang);
				assertThat(js.executeScript(overflow)).as("%s scrolls sideways at 390 px", url).isEqualTo("");
			}
		}
	}

	void screenshot(String file) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}

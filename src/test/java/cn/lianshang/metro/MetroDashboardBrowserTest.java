package cn.lianshang.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.lianshang.metro.data.RecordingValues;

/**
 * The evaluation dashboard in headless Chromium under the real Content-Security-Policy:
 * the ECharts bar, the map (seven cities shaded, the zone as a dot) and one radar per
 * city are drawn (canvases exist), the browser reports no CSP or script error, and the
 * page fits a phone. Screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetroDashboardBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	MetroDemo demo;

	@Autowired
	RecordingValues recording;

	WebDriver driver;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		MetroDemoTest.loadDemoOnce(demo, recording);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		// A Chinese user's browser: the platform answers in Chinese until the user
		// switches.
		ChromeOptions options = cn.lianshang.Chromium.options(CHROMIUM, profile, "1280,900");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
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

	@Test
	void theChartsAreDrawnUnderTheCspAndThePageFitsAPhone() throws IOException {
		String base = "http://localhost:" + port;
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/metro/evaluation?year=2025");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#metro-bar canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-SFZ canvas")));
		List<WebElement> radars = driver.findElements(By.cssSelector("#metro-radars .metro-radar canvas"));
		assertThat(radars).hasSize(8);
		// The map: the seven cities' boundaries shaded by their index, the zone as a dot.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#metro-map canvas")));
		Object mapped = ((JavascriptExecutor) driver)
			.executeScript("var o = echarts.getInstanceByDom(document.getElementById('metro-map')).getOption();"
					+ " return [o.series[0].data.length, o.series[0].data.filter(function (d) {"
					+ " return typeof d.value === 'number'; }).length, o.series[1].data.map(function (d) {"
					+ " return d.name; }).join(',')];");
		assertThat(mapped).asList().containsExactly(7L, 7L, "沈抚改革创新示范区");
		Files.write(SCREENSHOTS.resolve("metro-evaluation-map.png"),
				driver.findElement(By.id("metro-map")).getScreenshotAs(OutputType.BYTES));
		assertThat(driver.findElement(By.id("demo-warning")).getText()).contains("非官方统计");
		List<LogEntry> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.filter(e -> !e.getMessage().contains("/favicon.ico")) // the platform has no
																	// icon yet
			.toList();
		assertThat(errors).as("browser errors").isEmpty();
		Files.write(SCREENSHOTS.resolve("metro-evaluation.png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/metro/evaluation?year=2025");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-210100 canvas")));
		long overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
		Files.write(SCREENSHOTS.resolve("metro-evaluation-phone.png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		driver.get(base + "/metro/projects");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-SHENBAI-HSR")));
		overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow of the projects page on a phone").isLessThanOrEqualTo(0);
	}

}

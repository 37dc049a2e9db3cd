package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import cn.lianshang.matching.Matching;

/**
 * A resident on a phone (390×844, headless Chromium): registers through the form, signs
 * in, sees a matching job with its explanation on their own page, applies, and the page
 * never scrolls sideways. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkforceBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PostingJobs posting;

	WebDriver driver;

	Path profile;

	final Random random = new Random();

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		// A Chinese user's browser: the platform answers in Chinese until the user
		// switches.
		ChromeOptions options = cn.lianshang.Chromium.options(CHROMIUM, profile, "390,844");
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
		SecurityContextHolder.clearContext();
	}

	/** A job for electricians in 铁西区, posted as the administrator. */
	long postJob() {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		String uscc = TestData.validUscc(random, "210106");
		registry.register(new EnterpriseDraft(uscc, "铁西电气安装" + TestData.uniqueWord(random) + "有限公司", "210106", "4910",
				null, null, null, Scale.BELOW, 30, null, null, EnterpriseStatus.ACTIVE, List.of()));
		LocalDate today = Matching.today();
		long id = posting
			.post(new JobDraft(uscc, "厂房维修电工 日结", null, 2, List.of("电工"), List.of("电工证"), today, today.plusDays(5),
					EnumSet.of(Shift.DAY), PayType.DAILY, new BigDecimal("280"), "210106", true, false, true))
			.id();
		SecurityContextHolder.clearContext();
		return id;
	}

	@Test
	void aResidentRegistersOnAPhoneSeesAnExplainedMatchAndApplies() throws IOException {
		long job = postJob();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + port;
		String username = TestData.uniqueUsername(random, "phone");

		driver.get(base + "/jobs/register");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
		assertThat(fitsTheWindow()).as("registration fits 390 px").isTrue();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("correct-horse-battery");
		driver.findElement(By.id("phone")).sendKeys("13912345678");
		driver.findElement(By.id("displayName")).sendKeys("韩梅");
		new Select(driver.findElement(By.id("communityCode"))).selectByValue("210106015");
		new Select(driver.findElement(By.id("skills"))).selectByValue("ELECTRICIAN");
		new Select(driver.findElement(By.id("certificates"))).selectByValue("ELECTRICIAN_LV");
		driver.findElement(By.id("expectedDailyWage")).sendKeys("250");
		screenshot("phone-jobs-register-zh");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);",
				driver.findElement(By.id("submit")));
		driver.findElement(By.id("submit")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("correct-horse-battery");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/jobs/me");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("match-" + job)));
		String match = driver.findElement(By.id("match-" + job)).getText();
		assertThat(match).contains("厂房维修电工 日结", "具备所需工种：电工", "持有所需证书", "日薪约 280 元，期望 250 元，达到期望");
		assertThat(fitsTheWindow()).as("the resident's page fits 390 px").isTrue();
		screenshot("phone-jobs-me-zh");

		driver.findElement(By.cssSelector("#match-" + job + " a.result-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply")));
		assertThat(fitsTheWindow()).as("the job page fits 390 px").isTrue();
		screenshot("phone-job-zh");
		driver.findElement(By.id("apply")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-engagements")));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("已报名");

		driver.get(base + "/jobs?lang=en");
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Flexible employment");
		assertThat(fitsTheWindow()).as("the job board fits 390 px").isTrue();
		screenshot("phone-jobs-en");
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

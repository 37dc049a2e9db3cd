package cn.lianshang.metro.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.lianshang.Chromium;

/**
 * Value entry in headless Chromium on a phone (390 × 844): a share above 100 comes back
 * with its error under the value field and the typed value kept; corrected and saved, it
 * is listed on the page and on the validation report as passed; the trends page draws its
 * chart; no page scrolls sideways. Screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetroDataEntryBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	WebDriver driver;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		driver = new ChromeDriver(Chromium.options(CHROMIUM, profile, "390,844"));
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

	long overflow() {
		return (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	void shot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	void fill(String id, String text) {
		WebElement e = driver.findElement(By.id(id));
		e.clear();
		e.sendKeys(text);
	}

	@Test
	void aBadValueShowsItsErrorAndTheSavedOneIsOnTheValidationReport() throws IOException {
		String base = "http://localhost:" + port;
		String year = String.valueOf(MetroYears.fresh());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/metro/data");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("value-form")));
		assertThat(overflow()).as("horizontal overflow of the data page on a phone").isLessThanOrEqualTo(0);
		new Select(driver.findElement(By.id("indicator"))).selectByValue("good_air_days");
		new Select(driver.findElement(By.id("orgUnit"))).selectByValue("210300");
		fill("period", year);
		fill("value", "120");
		fill("source", "鞍山市生态环境状况公报");
		driver.findElement(By.id("value-submit")).click();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("value-error")));
		assertThat(error.getText()).contains("0 到 100").contains("120");
		assertThat(driver.findElement(By.id("value")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("120");
		assertThat(overflow()).as("horizontal overflow with the errors shown").isLessThanOrEqualTo(0);
		shot("metro-data-error-phone.png");

		fill("value", "86.5");
		driver.findElement(By.id("value-submit")).click();
		WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("data-notice")));
		assertThat(notice.getText()).contains("已保存").contains("鞍山市").contains("86.5");
		assertThat(driver.findElement(By.id("value-good_air_days-210300")).getText()).contains("86.5 %")
			.contains("鞍山市生态环境状况公报");
		shot("metro-data-saved-phone.png");

		driver.findElement(By.id("validation-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked-values")));
		assertThat(driver.findElement(By.id("validation-clean")).getText()).contains(year).contains("1 个数值");
		driver.findElement(By.cssSelector("#checked-values summary")).click();
		WebElement row = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("checked-good_air_days-210300")));
		assertThat(row.getText()).contains("空气质量优良天数比例").contains("鞍山市").contains("86.5").contains("通过");
		assertThat(overflow()).as("horizontal overflow of the validation report on a phone").isLessThanOrEqualTo(0);
		shot("metro-validation-phone.png");

		driver.get(base + "/metro/trends?indicator=good_air_days&from=" + year + "&to=" + year);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#metro-trend canvas")));
		assertThat(driver.findElement(By.id("trend-210300")).getText()).contains("86.50");
		assertThat(overflow()).as("horizontal overflow of the trends page on a phone").isLessThanOrEqualTo(0);
		shot("metro-trends-phone.png");
	}

}

package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Scenario;

/**
 * A demand's page on a phone (390×844, headless Chromium, the real
 * Content-Security-Policy): the explained matches are listed, the map draws the demand
 * and its two matching offers (one in 铁西区, one in 鞍山) over the seven cities, and the page
 * never scrolls sideways. Screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MarketplaceBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PublishingOffer offers;

	@Autowired
	PublishingDemand demands;

	WebDriver driver;

	Path profile;

	final Random random = new Random();

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		driver = new ChromeDriver(cn.lianshang.Chromium.options(CHROMIUM, profile, "390,844"));
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

	String register(String name, String division) {
		String uscc = TestData.validUscc(random, division);
		registry.register(new EnterpriseDraft(uscc, name, division, "3484", null, null, null, Scale.BELOW, 30, null,
				LocalDate.of(2012, 1, 1), EnterpriseStatus.ACTIVE, List.of()));
		return uscc;
	}

	long offer(String uscc, String title) {
		return offers
			.publish(new OfferDraft(Scenario.MACHINING, uscc, title, null, List.of("WIRE_EDM", "GRINDING"), List.of(),
					List.of(), 7, null, null, null, null, BigDecimal.valueOf(3000), null, 6, null, null, List.of(),
					null))
			.id();
	}

	@Test
	void aDemandsMatchesAreListedAndMappedOnAPhone() throws IOException {
		String word = TestData.uniqueWord(random);
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		String buyer = register("沈阳" + word + "模具有限公司", "210106");
		long near = offer(register("沈阳" + word + "精密线切割厂", "210106"), "慢走丝线切割 磨削 " + word);
		long far = offer(register("鞍山" + word + "模具加工厂", "210302"), "线切割 精密磨削 " + word);
		long demand = demands
			.publish(new DemandDraft(Scenario.MACHINING, buyer, "线切割 磨削 冲模镶件 " + word, null,
					List.of("WIRE_EDM", "GRINDING"), List.of(), null, 7, null, null, BigDecimal.valueOf(40), null,
					Matching.today().plusDays(20), null, List.of(), null))
			.id();
		SecurityContextHolder.clearContext();

		String base = "http://localhost:" + port;
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("test-admin-password");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		driver.get(base + "/marketplace/demands/" + demand);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("match-" + near)));
		assertThat(driver.findElement(By.id("match-" + far)).getText()).contains("鞍山" + word + "模具加工厂");
		wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("match-map")), "data-rendered"));
		Object mapped = ((JavascriptExecutor) driver)
			.executeScript("var o = echarts.getInstanceByDom(document.getElementById('match-map')).getOption();"
					+ " return o.series.map(function (s) { return s.name + ':' + s.data.length; }).join(',');");
		assertThat(mapped).isEqualTo("offers:2,demand:1");
		long overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
		Files.write(SCREENSHOTS.resolve("phone-marketplace-demand-map.png"),
				driver.findElement(By.id("match-map")).getScreenshotAs(OutputType.BYTES));
		Files.write(SCREENSHOTS.resolve("phone-marketplace-demand.png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}

package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

/**
 * The whole appeal in headless Chromium, through the pages only: an enterprise of 铁西区
 * files an appeal in the web form; a handler of 铁西区 (the unit the rules dispatch it to)
 * finds it in the queue, signs for it (签收), starts and answers it (答复); the enterprise
 * rates it (回访) and closes it (办结). Then the queue on a phone (390×844): no sideways
 * scrolling, the row and its state are readable. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppealsBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver driver;

	WebDriverWait wait;

	Path profile;

	String base;

	final Random random = new Random();

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		driver = new ChromeDriver(cn.lianshang.Chromium.options(CHROMIUM, profile, "1280,900"));
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		base = "http://localhost:" + port;
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

	/**
	 * An enterprise of 铁西区 and its account, plus a handler of 铁西区; answers the usernames.
	 */
	List<String> setUp(String uscc, String name) {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		registry.register(new EnterpriseDraft(uscc, name, "210106", "3421", null, null, null, Scale.BELOW, 40, null,
				null, EnterpriseStatus.ACTIVE, List.of()));
		String enterprise = TestData.uniqueUsername(random, "appealer");
		accounts.create(new AccountManagement.NewAccount(enterprise, PASSWORD, Role.ENTERPRISE, null, uscc, "企业经办人"));
		String handler = TestData.uniqueUsername(random, "tiexi");
		accounts.create(new AccountManagement.NewAccount(handler, PASSWORD, Role.HANDLER, "210106", null, "铁西区承办人"));
		SecurityContextHolder.clearContext();
		return List.of(enterprise, handler);
	}

	void logIn(String username) {
		driver.manage().deleteAllCookies();
		driver.get(base + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/**
	 * Clicks the action's button and waits for the new detail page (the old one gone) to
	 * show its notice.
	 */
	void act(String action) {
		WebElement button = driver.findElement(By.id("do-" + action));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", button);
		button.click();
		// the page before may carry a notice of its own: wait for it to be replaced first
		wait.until(ExpectedConditions.stalenessOf(button));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(driver.findElements(By.id("alert"))).as("no error after " + action).isEmpty();
	}

	/**
	 * The state badge's text; read again when the page was replaced between finding the
	 * badge and reading it.
	 */
	String state() {
		return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector(".page-head .state-badge")).getText());
	}

	@Test
	void anEnterpriseFilesAHandlerSignsAndAnswersTheEnterpriseRatesAndCloses() throws IOException {
		String uscc = TestData.validUscc(random, "210106");
		String name = "浏览器诉求" + TestData.uniqueWord(random) + "有限公司";
		List<String> users = setUp(uscc, name);
		String description = "园区门前道路施工，货车无法进出，请协调 " + TestData.uniqueWord(random);

		// the enterprise files through the form
		logIn(users.get(0));
		driver.get(base + "/appeals");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("file-appeal"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing-form")));
		new Select(driver.findElement(By.id("category"))).selectByValue("OTHER");
		new Select(driver.findElement(By.id("divisionCode"))).selectByValue("210106");
		driver.findElement(By.id("description")).sendKeys(description);
		screenshot("appeal-form-zh");
		driver.findElement(By.id("file-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-title")));
		String url = driver.getCurrentUrl();
		assertThat(url).matches(".*/appeals/\\d+$");
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(driver.findElement(By.id("notice")).getText()).contains(String.valueOf(id));
		assertThat(driver.findElement(By.id("appeal-description")).getText()).isEqualTo(description);
		assertThat(state()).isEqualTo("派单");
		assertThat(driver.findElement(By.id("appeal-unit")).getText()).contains("铁西");
		assertThat(driver.findElements(By.id("appeal-actions"))).as("nothing for the enterprise to do yet").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from appeal where uscc = ?", Long.class, uscc)).isEqualTo(1);

		// the handler of the district finds it in the queue, signs, starts, answers
		logIn(users.get(1));
		driver.get(base + "/appeals?state=DISPATCHED");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-total")));
		WebElement row = driver.findElement(By.id("appeal-" + id));
		assertThat(row.getText()).contains(name, "签收时限");
		row.findElement(By.cssSelector("a.result-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-accept")));
		assertThat(driver.findElement(By.id("appeal-description")).getText()).isEqualTo(description);
		act("accept");
		assertThat(state()).isEqualTo("签收");
		act("start");
		assertThat(state()).isEqualTo("办理中");
		String reply = "已协调施工单位调整围挡，开放货车通道。";
		driver.findElement(By.id("reply-text")).sendKeys(reply);
		screenshot("appeal-reply-zh");
		act("reply");
		assertThat(state()).isEqualTo("已答复");
		assertThat(driver.findElement(By.id("appeal-reply")).getText()).isEqualTo(reply);
		assertThat(driver.findElements(By.id("action-follow-up"))).as("the handler does not rate").isEmpty();

		// the enterprise sees the answer, rates it and closes
		logIn(users.get(0));
		driver.get(base + "/appeals/" + id);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-follow-up")));
		assertThat(driver.findElement(By.id("appeal-reply")).getText()).isEqualTo(reply);
		driver.findElement(By.cssSelector("#action-follow-up input[name=satisfaction][value=SATISFIED]")).click();
		driver.findElement(By.cssSelector("#action-follow-up input[name=resolved]")).click();
		act("follow-up");
		assertThat(state()).isEqualTo("已回访");
		assertThat(driver.findElement(By.id("appeal-rating")).getText()).contains("满意", "问题已解决");
		act("close");
		assertThat(state()).isEqualTo("办结");
		assertThat(driver.findElements(By.id("appeal-actions"))).as("nothing left to do").isEmpty();
		assertThat(driver.findElement(By.id("appeal-history")).getText()).containsSubsequence("提交", "派单", "签收", "开始办理",
				"答复", "回访评价", "办结");
		screenshot("appeal-closed-zh");
		assertThat(jdbc.queryForObject("select state from appeal where id = ?", String.class, id)).isEqualTo("CLOSED");

		// the queue on a phone: the enterprise's and the handler's
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base + "/appeals");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-" + id)));
		assertThat(overflow()).as("the enterprise's queue scrolls sideways on a phone").isLessThanOrEqualTo(0);
		assertThat(driver.findElement(By.id("appeal-" + id)).getText()).contains("#" + id, "办结");
		assertThat(driver.findElement(By.id("file-appeal")).isDisplayed()).isTrue();
		screenshot("phone-appeals-queue-enterprise-zh");

		logIn(users.get(1));
		driver.get(base + "/appeals");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-" + id)));
		assertThat(overflow()).as("the handler's queue scrolls sideways on a phone").isLessThanOrEqualTo(0);
		WebElement phoneRow = driver.findElement(By.id("appeal-" + id));
		assertThat(phoneRow.getText()).contains(name, "办结");
		assertThat(phoneRow.getSize().getWidth()).as("the row fits the window").isLessThanOrEqualTo(390);
		screenshot("phone-appeals-queue-handler-zh");
		driver.get(base + "/appeals/" + id);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-history")));
		assertThat(overflow()).as("the detail page scrolls sideways on a phone").isLessThanOrEqualTo(0);
	}

	long overflow() {
		return (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

}

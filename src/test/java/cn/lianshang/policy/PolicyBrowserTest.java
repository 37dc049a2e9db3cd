package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
import org.openqa.selenium.Keys;
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
 * The policy editor and the 政策计算器 in headless Chromium on a phone (390×844), through the
 * pages only. A county policy officer writes a draft with a clause tree and two golden
 * cases, sees the failing case's message in the check, fixes it, saves, publishes after
 * the confirmation and finds the policy in the list. An enterprise enters facts in the
 * calculator and sees the policy move from unknown to ineligible (差一项, citing the
 * article) to eligible. No page scrolls sideways. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	PublishingPolicy publishing;

	@Autowired
	JdbcTemplate jdbc;

	final Random random = new Random();

	WebDriver driver;

	WebDriverWait wait;

	Path profile;

	String base;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("lianshang-chromium");
		driver = new ChromeDriver(cn.lianshang.Chromium.options(CHROMIUM, profile, "390,844"));
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

	void asAdmin(Runnable r) {
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			r.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
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

	WebElement find(String css) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	void type(String css, String text) {
		WebElement e = find(css);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
		e.clear();
		e.sendKeys(text);
	}

	void click(String css) {
		WebElement e = find(css);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
		wait.until(ExpectedConditions.elementToBeClickable(e)).click();
	}

	/**
	 * Clicks a button that submits its form and waits until the page it was on is
	 * replaced (the next page has elements of the same ids, which the old one would
	 * otherwise answer for).
	 */
	void submit(String css) {
		WebElement e = find(css);
		click(css);
		wait.until(ExpectedConditions.stalenessOf(e));
	}

	void choose(String css, String value) {
		WebElement e = find(css);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
		new Select(e).selectByValue(value);
	}

	long overflow() {
		return (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	void noSidewaysScroll(String page) throws IOException {
		screenshot("phone-policy-" + page);
		assertThat(overflow()).as(page + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
	}

	void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void anOfficerWritesADraftFixesTheFailingGoldenCaseAndPublishesIt() throws IOException {
		String officer = TestData.uniqueUsername(random, "tiexi-policy");
		asAdmin(() -> accounts.create(
				new AccountManagement.NewAccount(officer, PASSWORD, Role.POLICY_OFFICER, "210106", null, "铁西区政策科")));
		String title = "浏览器" + TestData.uniqueWord(random) + "研发后补助";
		logIn(officer);

		driver.get(base + "/policies/manage");
		click("#new-policy");
		find("#policy-editor");
		type("#title", title);
		type("#issuer", "沈阳市铁西区科技局");
		type("#documentNumber", "铁科发〔2026〕" + random.nextInt(100_000) + "号");
		choose("#regionScope", "210106");
		type("#article-text-0", "为鼓励企业加大研发投入，制定本办法。");
		click("#add-article");
		type("#article-text-1", "注册地在铁西区的企业。");
		click("#add-article");
		type("#article-text-2", "上年度研发投入占营业收入比例不低于 3%。");

		// the tree: all of (registered in 铁西区, article 2; R&D share ≥ 3 %, article 3)
		click("#tree-editor > fieldset > .clause-actions > .add-leaf");
		// the division is picked: the reference data's list, the code shown with its name
		find("datalist#division-codes option[value='210106']");
		type("[data-path='eligibility.all[0]'] input[data-prop=codes]", "210106" + Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-path='eligibility.all[0]'] li.code-chip[data-code='210106']"), "沈阳市铁西区"));
		type("[data-path='eligibility.all[0]'] input[data-prop=article]", "2");
		click("#tree-editor > fieldset > .clause-actions > .add-leaf");
		choose("[data-path='eligibility.all[1]'] select.leaf-type", "rdShare");
		type("[data-path='eligibility.all[1]'] input[data-prop=min]", "3");
		type("[data-path='eligibility.all[1]'] input[data-prop=article]", "3");

		// two golden cases, the second one expecting the wrong outcome
		click("#case-editor .add-case");
		type("#golden-case-0 input[data-prop=name]", "研发投入 4%");
		type("#golden-case-0 input[data-prop=division]", "210106");
		find("#golden-case-0 input[data-prop=division][list=division-codes]");
		find("#golden-case-0 input[data-prop=industry][list=industry-codes]");
		type("#golden-case-0 input[data-prop=rdSharePercent]", "4");
		click("#case-editor > .form-actions > .add-case");
		type("#golden-case-1 input[data-prop=name]", "研发投入 2%");
		type("#golden-case-1 input[data-prop=division]", "210106");
		type("#golden-case-1 input[data-prop=rdSharePercent]", "2");
		noSidewaysScroll("editor-new");

		click("#editor-check");
		WebElement failed = find("#case-result-1");
		assertThat(failed.getText()).contains("未通过", "研发投入 2%", "预期“符合”", "实际“不符合”");
		assertThat(failed.getAttribute("textContent")).contains("差一项：研发投入占营业收入比例 ≥ 3%（第三条）");
		assertThat(find("#case-result-0").getText()).contains("通过");
		assertThat(find("#preview-conditions").getText()).contains("注册地位于沈阳市铁西区", "第二条", "第三条");
		assertThat(driver.findElements(By.id("preview-ok"))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from policy where title = ?", Long.class, title)).isZero();
		noSidewaysScroll("editor-check-failing");

		// the tree came back from the server's JSON: fix the expectation and check again
		assertThat(find("[data-path='eligibility.all[1]'] input[data-prop=min]").getAttribute("value")).isEqualTo("3");
		choose("#golden-case-1 select[data-prop=expected]", "ineligible");
		click("#editor-check");
		assertThat(find("#preview-ok").getText()).contains("2 个测试用例全部得到预期结果");
		click("#editor-save");
		assertThat(find("#notice").getText()).contains("已保存草稿", title);
		assertThat(driver.getCurrentUrl()).matches(".*/policies/\\d+/edit$");
		assertThat(jdbc.queryForObject("select status from policy where title = ?", String.class, title))
			.isEqualTo("DRAFT");
		noSidewaysScroll("editor-draft");

		click("#editor-publish");
		assertThat(find("#confirm-question").getText()).contains("确认发布", title);
		assertThat(find("#case-results").getText()).doesNotContain("未通过");
		noSidewaysScroll("publish-confirm");
		submit("#confirm-submit");
		assertThat(find("#notice").getText()).contains("已发布", title);
		assertThat(find("#policy-title").getText()).isEqualTo(title);
		assertThat(jdbc.queryForObject("select status from policy where title = ?", String.class, title))
			.isEqualTo("PUBLISHED");
		noSidewaysScroll("published-detail");

		driver.get(base + "/policies?q=" + title);
		assertThat(find("#policy-table").getText()).contains(title, "沈阳市铁西区科技局");
		noSidewaysScroll("list-after-publish");
		driver.get(base + "/policies/manage?q=" + title);
		assertThat(find("#manage-table").getText()).contains(title, "已发布");
		noSidewaysScroll("manage");
	}

	@Test
	void anEnterpriseEntersFactsAndSeesUnknownIneligibleAndEligibleWithTheArticles() throws Exception {
		String word = TestData.uniqueWord(random);
		String title = "计算器" + word + "研发奖励";
		String uscc = TestData.validUscc(random, "210106");
		String username = TestData.uniqueUsername(random, "calc");
		long[] id = new long[1];
		asAdmin(() -> {
			try {
				String draft = """
						{"title":"%s","issuer":"沈阳市测试局","documentNumber":"沈测〔2026〕%d号","issueDate":"2026-01-01",
						 "effectiveFrom":"2026-01-01","regionScope":"210106","howToClaim":"APPLY","benefitKind":"SUBSIDY",
						 "articles":[{"number":1,"text":"总则。"},{"number":2,"text":"注册地。"},{"number":3,"text":"研发投入。"}],
						 "eligibility":{"type":"all","all":[{"type":"divisionIn","codes":["210106"],"article":2},
						   {"type":"rdShare","min":3,"article":3}]},
						 "goldenCases":[{"name":"符合","expected":"eligible","facts":{"division":"210106","rdSharePercent":3}}]}"""
					.formatted(title, random.nextInt(1_000_000));
				PolicyViews.Detail created = publishing
					.create(ClauseJson.strictMapper().readValue(draft, PolicyDraft.class));
				id[0] = publishing.publish(created.id()).id();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			registry.register(new EnterpriseDraft(uscc, word + "精密机械有限公司", "210106", "3421", null, null, null,
					Scale.ABOVE, 120, null, LocalDate.of(2012, 3, 1), EnterpriseStatus.ACTIVE, List.of()));
			accounts.create(
					new AccountManagement.NewAccount(username, PASSWORD, Role.ENTERPRISE, null, uscc, word + "经办人"));
		});
		String link = "a[href='/policies/" + id[0] + "']";
		logIn(username);

		driver.get(base + "/policies/calculator");
		assertThat(find("#calculator-summary").getText()).contains(word + "精密机械有限公司", uscc);
		WebElement unknown = find("#group-unknown");
		assertThat(unknown.findElements(By.cssSelector(link))).as("unknown without the R&D share").hasSize(1);
		assertThat(unknown.getText()).contains(title, "研发投入占营业收入比例");
		noSidewaysScroll("calculator-unknown");

		type("#rdSharePercent", "2");
		submit("#facts-submit");
		assertThat(find("#facts-used").getText()).contains("已按补充的信息重新核对");
		WebElement near = find("#group-near");
		assertThat(near.findElements(By.cssSelector(link))).as("ineligible with 2 %").hasSize(1);
		assertThat(near.getText()).contains(title, "差一项：研发投入占营业收入比例 ≥ 3%（第三条）");
		assertThat(find("#group-unknown").findElements(By.cssSelector(link))).isEmpty();
		noSidewaysScroll("calculator-ineligible");

		type("#rdSharePercent", "4.5");
		submit("#facts-submit");
		WebElement eligible = find("#group-eligible");
		assertThat(eligible.findElements(By.cssSelector(link))).as("eligible with 4.5 %").hasSize(1);
		WebElement hit = eligible.findElement(By.cssSelector(link)).findElement(By.xpath("./ancestor::article"));
		assertThat(hit.getAttribute("textContent")).contains("注册地为沈阳市铁西区，符合第二条要求", "研发投入占营业收入比例为4.5%，符合第三条要求");
		assertThat(find("#group-near").findElements(By.cssSelector(link))).isEmpty();
		assertThat(find("#rdSharePercent").getAttribute("value")).isEqualTo("4.5");
		noSidewaysScroll("calculator-eligible");

		// a figure that is not one is a message at its field, and nothing is computed
		// from it
		type("#rdSharePercent", "120");
		submit("#facts-submit");
		assertThat(find("#facts-errors").getText()).contains("请检查");
		assertThat(find("#facts-form").getText()).contains("百分比须在 0 到 100 之间");
	}

}

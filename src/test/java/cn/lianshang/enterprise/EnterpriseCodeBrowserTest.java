package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * A phone's view: the enterprise fetches its code as a PNG, the QR image is decoded as a
 * camera would, and headless Chromium at 390 px follows the URL to the public card.
 * Skipped when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseCodeBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Random random = new SecureRandom();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void startBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium is not installed");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=390,844", "--hide-scrollbars",
				"--lang=zh-CN");
		// a phone in Shenyang asks for Chinese (headless Chromium would send en-US)
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		// a window cannot be narrower than 500 px; a phone's viewport is emulated instead
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
		browser = new ChromeDriver(options);
	}

	@AfterAll
	void stopBrowser() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	String base() {
		return "http://localhost:" + port;
	}

	HttpResponse<byte[]> send(String method, String path, String token, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	String login(String username, String password) throws Exception {
		HttpResponse<byte[]> r = send("POST", "/api/v1/auth/token", null,
				Map.of("username", username, "password", password));
		assertThat(r.statusCode()).isEqualTo(200);
		return json.readTree(r.body()).get("token").asText();
	}

	@Test
	void aDecodedCodeOpensTheCardInTheBrowser() throws Exception {
		String admin = login("admin", ApiTestSupport.ADMIN_PASSWORD);
		String uscc = TestData.validUscc(random);
		String name = "沈阳" + TestData.uniqueWord(random) + "精密数控机床有限公司";
		Map<String, Object> enterprise = new LinkedHashMap<>();
		enterprise.put("uscc", uscc);
		enterprise.put("name", name);
		enterprise.put("divisionCode", "210106");
		enterprise.put("industryCode", "3421");
		enterprise.put("employees", 7319);
		enterprise.put("revenueBand", "R4");
		enterprise.put("foundedOn", "2003-05-06");
		enterprise.put("qualifications", List.of("HNTE", "SRDI_SME"));
		assertThat(send("POST", "/api/v1/enterprises", admin, enterprise).statusCode()).isEqualTo(201);
		String username = TestData.uniqueUsername(random, "enterprise");
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("username", username);
		account.put("password", ApiTestSupport.PASSWORD);
		account.put("role", "ENTERPRISE");
		account.put("uscc", uscc);
		assertThat(send("POST", "/api/v1/accounts", admin, account).statusCode()).isEqualTo(201);
		String own = login(username, ApiTestSupport.PASSWORD);

		HttpResponse<byte[]> png = send("GET", "/api/v1/enterprises/" + uscc + "/code.png?size=360", own, null);
		assertThat(png.statusCode()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
		String url = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(url).startsWith(base() + "/c/");

		browser.get(url);

		assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.id("uscc")).getText()).isEqualTo(uscc);
		assertThat(browser.findElement(By.id("verified")).getText()).isEqualTo("经平台核验");
		String page = browser.findElement(By.tagName("body")).getText();
		assertThat(page).contains("高新技术企业", "12345").doesNotContain("7319");
		// mobile-first: nothing wider than the phone
		assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
		Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
		screenshot("enterprise-card.png");

		browser.findElement(By.className("lang")).click();
		assertThat(browser.findElement(By.id("verified")).getText()).isEqualTo("Verified by the platform");
		assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo(name);
		screenshot("enterprise-card-en.png");
		browser.findElement(By.className("lang")).click();
		assertThat(browser.findElement(By.id("verified")).getText()).isEqualTo("经平台核验");

		browser.get(base() + "/c/" + url.substring(url.lastIndexOf('/') + 3));
		assertThat(browser.findElement(By.id("refusal")).getText()).contains("无法识别的企业码").doesNotContain(name);
		screenshot("enterprise-card-forged.png");
	}

	void screenshot(String file) throws Exception {
		Path target = Path.of("target/screenshots", file);
		Files.createDirectories(target.getParent());
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		assertThat(browser).isInstanceOf(TakesScreenshot.class);
	}

}

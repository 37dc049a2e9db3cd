package cn.lianshang;

import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Debian Chromium every browser test starts: the switches STACK.md lists
 * (root needs {@code --no-sandbox}; no background traffic), a fresh profile directory,
 * and Chinese as the page language.
 */
public final class Chromium {

	private Chromium() {
	}

	/**
	 * Options for one browser.
	 * @param profile a fresh {@code --user-data-dir}
	 * @param windowSize {@code width,height}, e.g. {@code 390,844} for a phone
	 */
	public static ChromeOptions options(Path binary, Path profile, String windowSize) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + windowSize, "--user-data-dir=" + profile, "--lang=zh-CN");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		return options;
	}

}

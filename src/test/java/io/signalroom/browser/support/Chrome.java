package io.signalroom.browser.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the system's headless Chromium through the system's chromedriver, so Selenium
 * Manager has nothing to look up or download. Each driver gets a fresh profile and a
 * fresh, writable HOME, which also makes it work when the tests run as root.
 */
final class Chrome {

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final String CHROMIUM = "/usr/bin/chromium";

	private Chrome() {
	}

	static ChromeDriver start() {
		Path home = temporaryDirectory("signalroom-chrome-home-");
		Path profile = temporaryDirectory("signalroom-chrome-profile-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withEnvironment(Map.of("HOME", home.toString()))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static Path temporaryDirectory(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package io.signalroom.browser.support;

import java.util.ArrayList;
import java.util.List;

import io.signalroom.support.ModuleEvents;
import io.signalroom.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port and real PostgreSQL (see {@link TestDatabase}),
 * driven through headless Chromium. One browser per test class; each test starts signed
 * out with no cookies. All browser tests share the application and its database with the
 * demo workspace, so each makes its own data and leaves the demo logins as they were.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
public abstract class BrowserTest {

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private ModuleEvents moduleEvents;

	protected Browser browser;

	private final List<WebDriver> otherDrivers = new ArrayList<>();

	/** A failing test leaves a screenshot of where it stopped. */
	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (BrowserTest.this.browser != null) {
				BrowserTest.this.browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
			}
		}

	};

	@BeforeAll
	static void startBrowser() {
		driver = Chrome.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * A second person's browser for this test (its own profile and cookies), closed when
	 * the test ends.
	 */
	protected Browser anotherBrowser() {
		WebDriver other = Chrome.start();
		this.otherDrivers.add(other);
		return new Browser(other, "http://localhost:" + this.port);
	}

	@AfterEach
	void closeOtherBrowsers() {
		this.otherDrivers.forEach(WebDriver::quit);
		this.otherDrivers.clear();
	}

	/**
	 * The demo workspace's history is written after startup, once its signals are
	 * detected; and a test starts after what the one before it set off has finished.
	 */
	@BeforeEach
	void signedOutBrowser() {
		this.moduleEvents.awaitHandled();
		this.browser = new Browser(driver, "http://localhost:" + this.port);
		this.browser.open("/login");
		driver.manage().deleteAllCookies();
		// start each test with an empty console
		driver.manage().logs().get("browser");
	}

}

package io.signalroom.browser.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does in SignalRoom's pages, in their words: open a page, fill in a field,
 * press a button and wait for the next page, sign in and out. Also checks each page for
 * accessibility and console errors and takes screenshots into {@code target/screenshots}.
 */
public final class Browser {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		// live pages swap elements under htmx while a condition is being polled: look
		// again
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/**
	 * A browser of its own on an app started outside the browser tests' shared one (quit
	 * its {@link #driver()} when done).
	 */
	public static Browser startOn(String baseUrl) {
		return new Browser(Chrome.start(), baseUrl);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	public void openUrl(String url) {
		this.driver.get(url);
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String title() {
		return this.driver.getTitle();
	}

	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public WebElement testId(String testId) {
		return find(byTestId(testId));
	}

	public static By byTestId(String testId) {
		return By.cssSelector("[data-testid='" + testId + "']");
	}

	/** The visible text of the main part of the page, without the navbar. */
	public String mainText() {
		return find(By.id("main")).getText();
	}

	public String navText() {
		return find(By.cssSelector("nav.navbar")).getText();
	}

	public void fill(String id, String value) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	public void choose(String id, String visibleText) {
		new Select(find(By.id(id))).selectByVisibleText(visibleText);
	}

	/**
	 * Presses a button by its visible text inside {@code #main}, waiting for the next
	 * page.
	 */
	public void press(String buttonText) {
		clickAndWaitForPage(find(By.xpath("//main//button[normalize-space()='" + buttonText + "']")));
	}

	/** Clicks an element that loads a whole new page, and waits until it has loaded. */
	public void clickAndWaitForPage(WebElement element) {
		WebElement html = this.driver.findElement(By.tagName("html"));
		element.click();
		this.wait.until(ExpectedConditions.stalenessOf(html));
		waitForLoad();
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return this.wait.until(condition);
	}

	private void waitForLoad() {
		this.wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public void login(String email, String password) {
		open("/login");
		fill("email", email);
		fill("password", password);
		press("Sign in");
	}

	/**
	 * Creates a workspace through the sign-up form and checks it worked: the login form
	 * comes back with the e-mail address filled in.
	 */
	public void signUp(Person admin, String workspace, String department) {
		open("/signup");
		fill("workspaceName", workspace);
		fill("displayName", admin.displayName());
		fill("email", admin.email());
		fill("password", admin.password());
		choose("department", department);
		press("Create workspace");
	}

	public void logout() {
		clickAndWaitForPage(find(By.xpath("//nav//button[normalize-space()='Log out']")));
	}

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page passes the accessibility rules and logged no errors in the console. */
	public void assertPageIsClean() {
		assertPageIsClean(0);
	}

	/**
	 * As {@link #assertPageIsClean()}, for a page that is meant to answer with an error
	 * status: Chromium logs that status of the page itself as a console error, and only
	 * that one message is let through.
	 */
	public void assertPageIsClean(int expectedStatus) {
		Accessibility.assertNoViolations(this.driver);
		assertNoConsoleErrors(expectedStatus);
	}

	/**
	 * Errors in the browser console since the last check: script errors, failed resources
	 * and Content-Security-Policy violations.
	 */
	public void assertNoConsoleErrors(int expectedStatus) {
		String page = this.driver.getCurrentUrl();
		List<LogEntry> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !isExpectedStatusOfPage(entry.getMessage(), page, expectedStatus))
			.toList();
		assertThat(errors)
			.as(() -> "console errors on " + page + ":\n"
					+ errors.stream().map((e) -> "  " + e.getMessage()).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	private static boolean isExpectedStatusOfPage(String message, String page, int expectedStatus) {
		return expectedStatus != 0 && message.startsWith(page + " ")
				&& message.contains("Failed to load resource: the server responded with a status of " + expectedStatus);
	}

}

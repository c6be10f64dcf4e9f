package io.signalroom.browser;

import java.util.List;

import io.signalroom.browser.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static io.signalroom.browser.support.Browser.byTestId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager of the demo workspace logs a win on the wall, reads the playbook and looks at
 * the practice dashboard, whose charts draw under the Content-Security-Policy.
 */
class PracticeBrowserTests extends BrowserTest {

	@Test
	void aManagerLogsAWinReadsThePlaybookAndSeesTheDashboardCharts() {
		this.browser.login("manager@demo.test", "practice-signals");

		this.browser.open("/wins");
		assertThat(this.browser.title()).isEqualTo("Wins wall · SignalRoom");
		assertThat(this.browser.mainText()).contains("Kept a quiet onboarding account");
		this.browser.assertPageIsClean();

		this.browser.clickAndWaitForPage(this.browser.testId("log-win"));
		this.browser.choose("kind", "Upsell");
		this.browser.fill("title", "Browser test upsell");
		this.browser.fill("value", "-3");
		submitWinForm();
		assertThat(this.browser.mainText()).contains("The value cannot be negative.");
		this.browser.assertPageIsClean(422);
		this.browser.fill("value", "4200");
		this.browser.fill("customer-options-q", "Alder");
		WebElement firstMatch = this.browser
			.waitUntil((d) -> d.findElements(By.cssSelector("#customer-options input[name='customerId']"))
				.stream()
				.findFirst()
				.orElse(null));
		WebElement label = this.browser.find(By.cssSelector("label[for='" + firstMatch.getAttribute("id") + "']"));
		String customer = label.getText();
		// the results list scrolls inside its own box; a scripted click does not depend
		// on
		// where the page has scrolled it
		this.browser.script("arguments[0].click()", firstMatch);
		assertThat(firstMatch.isSelected()).as("the customer is chosen").isTrue();
		submitWinForm();
		assertThat(this.browser.path()).isEqualTo("/wins");
		WebElement card = this.browser.find(By.xpath("//article[.//h3[normalize-space()='Browser test upsell']]"));
		assertThat(card.getText()).contains("Upsell", "4,200.00", customer.split(" ")[0], "Logged by Mona");
		this.browser.screenshot("practice-wins-wall");
		this.browser.assertPageIsClean();

		this.browser.open("/playbook");
		assertThat(this.browser.title()).isEqualTo("Playbook · SignalRoom");
		assertThat(this.browser.mainText()).contains("Signals and how to read them", "Churn risk",
				"Follow-up: Gone quiet: check-in e-mail", "Changelog");
		this.browser.screenshot("practice-playbook");
		this.browser.assertPageIsClean();

		this.browser.open("/dashboard");
		assertThat(this.browser.title()).isEqualTo("Practice dashboard · SignalRoom");
		List<WebElement> canvases = this.browser.findAll(By.cssSelector("canvas[data-chart]"));
		assertThat(canvases).isNotEmpty();
		this.browser.waitUntil((d) -> Boolean.TRUE.equals(this.browser.script(
				"return [...document.querySelectorAll('canvas[data-chart]')].every((c) => Chart.getChart(c) !== undefined)")));
		assertThat(this.browser.find(byTestId("wins-table")).getText()).contains("Q");
		this.browser.screenshot("practice-dashboard");
		this.browser.assertPageIsClean();

		// leave the demo wall as it was
		this.browser.open("/wins");
		this.browser.clickAndWaitForPage(
				this.browser.find(By.cssSelector("button[aria-label=\"Delete the win 'Browser test upsell'\"]")));
		assertThat(this.browser.mainText()).contains("Win deleted.").doesNotContain("Browser test upsell");
	}

	/**
	 * Submits the win form by pressing Enter in its title, as a keyboard user would (the
	 * test window is too short for the button to be clicked reliably below the picker).
	 */
	private void submitWinForm() {
		WebElement page = this.browser.find(By.tagName("html"));
		this.browser.find(By.id("title")).sendKeys(Keys.ENTER);
		this.browser.waitUntil(ExpectedConditions.stalenessOf(page));
		this.browser.waitUntil((d) -> "complete".equals(this.browser.script("return document.readyState")));
	}

}

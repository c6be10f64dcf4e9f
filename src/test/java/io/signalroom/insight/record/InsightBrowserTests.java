package io.signalroom.insight.record;

import java.time.Duration;

import io.signalroom.browser.support.Browser;
import io.signalroom.browser.support.BrowserTest;
import io.signalroom.insight.record.InsightScenes.Scene;
import io.signalroom.signal.SignalFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator in the action-planning item turns a cluster into an insight and a
 * participant's run page shows it live; a manager opens the insight and validates it.
 */
class InsightBrowserTests extends BrowserTest {

	@Autowired
	InsightScenes scenes;

	@Test
	void aClusterBecomesAnInsightEveryoneSeesAndAManagerValidatesIt() {
		Scene scene = this.scenes.inActionPlanning();
		String run = "/sessions/" + scene.sessionId() + "/run";

		Browser participant = anotherBrowser();
		participant.login(scene.sam().email(), SignalFixtures.PASSWORD);
		participant.open(run);
		waitFor(participant, (p) -> p.testId("insights-panel").getText().contains("No insights yet"));
		participant.assertPageIsClean();

		this.browser.login(scene.fran().email(), SignalFixtures.PASSWORD);
		this.browser.open(run);
		waitFor(this.browser, (b) -> !b.findAll(By.cssSelector("[data-testid=candidate-cluster] a")).isEmpty());
		click(this.browser, this.browser.find(By.cssSelector("[data-testid=candidate-cluster] a")));
		waitFor(this.browser, (b) -> !b.findAll(By.id("statement")).isEmpty());
		assertThat(this.browser.find(By.id("statement")).getAttribute("value")).isEqualTo("Champion loss");
		assertThat(this.browser.testId("draft-evidence").getText()).contains("Logins dropped after the champion left")
			.contains("Asked for a renewal discount")
			.contains("Enterprise");
		this.browser.assertPageIsClean();
		this.browser.fill("statement", "Champion loss precedes churn in enterprise accounts");
		this.browser.choose("category", "Behaviour trigger");
		this.browser.fill("testPlan", "Watch the next three accounts whose champion leaves");
		this.browser.fill("tags", "Champion, Enterprise");
		click(this.browser, this.browser.testId("insight-save"));
		waitFor(this.browser, (b) -> !b.findAll(By.cssSelector("[data-testid=insight-saved]")).isEmpty());

		waitFor(participant,
				(p) -> p.testId("insights-panel")
					.getText()
					.contains("Champion loss precedes churn in enterprise accounts"));
		assertThat(participant.testId("insights-panel").getText()).contains("Hypothesis")
			.doesNotContain("No insights yet");
		participant.screenshot("insight-participant-panel");
		this.browser.screenshot("insight-facilitator-saved");
		participant.assertPageIsClean();
		this.browser.assertPageIsClean();

		Browser manager = anotherBrowser();
		manager.login(scene.mona().email(), SignalFixtures.PASSWORD);
		manager.open(run);
		waitFor(manager, (m) -> !m.findAll(By.cssSelector("[data-testid=insight] a")).isEmpty());
		manager.clickAndWaitForPage(manager.find(By.cssSelector("[data-testid=insight] a")));
		assertThat(manager.testId("insight-statement").getText())
			.isEqualTo("Champion loss precedes churn in enterprise accounts");
		assertThat(manager.testId("insight-evidence").getText()).contains("Logins dropped after the champion left")
			.contains("Acme Quiet")
			.contains(scene.signalTypeName());
		manager.assertPageIsClean();
		manager.find(By.id("to-VALIDATED")).click();
		manager.fill("reason", "Two more enterprise accounts churned after their champion left");
		manager.press("Change status");
		assertThat(manager.testId("insight-status").getText()).isEqualTo("Validated");
		assertThat(manager.testId("insight-history").getText()).contains("Hypothesis → Validated")
			.contains("Two more enterprise accounts churned after their champion left");
		manager.screenshot("insight-page-validated");
		manager.assertPageIsClean();

		waitFor(participant, (p) -> p.testId("insights-panel").getText().contains("Validated"));
	}

	private static void waitFor(Browser browser, java.util.function.Predicate<Browser> condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50))
			.ignoring(StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until((d) -> condition.test(browser));
	}

	/** Clicks an htmx control, which swaps part of the page instead of loading one. */
	private static void click(Browser browser, WebElement element) {
		browser.script("arguments[0].click()", element);
	}

}

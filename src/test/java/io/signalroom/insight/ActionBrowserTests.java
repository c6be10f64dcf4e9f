package io.signalroom.insight;

import java.time.Duration;

import io.signalroom.browser.support.Browser;
import io.signalroom.browser.support.BrowserTest;
import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.signal.SignalFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator adds an action item in a live session and a participant sees it appear on
 * their run page; the participant, its owner, then completes it from "my actions".
 */
class ActionBrowserTests extends BrowserTest {

	@Autowired
	ActionFixtures fixtures;

	@Test
	void anActionAddedLiveReachesTheParticipantWhoCompletesItFromMyActions() {
		Team team = this.fixtures.team();
		long id = this.fixtures.session(team, "Quiet onboarding accounts", true);

		this.browser.login(team.fran().email(), SignalFixtures.PASSWORD);
		this.browser.open("/sessions/" + id + "/run");
		this.browser.waitUntil((d) -> !d.findElements(By.id("a-title")).isEmpty());

		Browser sam = anotherBrowser();
		sam.login(team.sam().email(), SignalFixtures.PASSWORD);
		sam.open("/sessions/" + id + "/run");
		sam.waitUntil((d) -> !d.findElements(Browser.byTestId("session-actions")).isEmpty());
		assertThat(sam.findAll(By.id("a-title"))).as("participants get no form").isEmpty();

		this.browser.fill("a-title", "Call Acme's champion before Friday");
		this.browser.choose("a-owner", "Sam · Sales");
		this.browser.choose("a-customer", "Acme Quiet");
		long posted = System.nanoTime();
		this.browser.script("arguments[0].click()",
				this.browser.find(By.xpath("//main//button[normalize-space()='Add action item']")));
		new WebDriverWait(sam.driver(), Duration.ofSeconds(2), Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until((d) -> sam.testId("session-actions").getText().contains("Call Acme's champion before Friday"));
		System.out.printf("Action items: a new action reached the participant's run page in %d ms%n",
				(System.nanoTime() - posted) / 1_000_000);
		this.browser.waitUntil((d) -> this.browser.mainText().contains("Action item added."));
		assertThat(sam.testId("session-actions").getText()).contains("Sam").contains("Acme Quiet");
		sam.screenshot("action-live-participant");
		sam.assertPageIsClean();
		this.browser.assertPageIsClean();

		sam.open("/actions/mine");
		assertThat(sam.testId("actions").getText()).contains("Call Acme's champion before Friday");
		sam.assertPageIsClean();
		sam.find(By.cssSelector("[data-testid=close-action] summary")).click();
		sam.find(By.cssSelector("[data-testid=close-action] textarea")).sendKeys("Champion is back; renewal on track");
		sam.press("Mark done");
		assertThat(sam.mainText()).contains("Action item marked done.").contains("No action items here.");
		sam.open("/actions/mine?show=done");
		assertThat(sam.testId("actions").getText()).contains("Champion is back; renewal on track").contains("Done");
		sam.screenshot("action-done-mine");
		sam.assertPageIsClean();
	}

}

package io.signalroom.session;

import java.util.UUID;

import io.signalroom.browser.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator of the demo workspace plans a weekly series from the standard template,
 * reorders and extends its agenda with htmx, and a participant joins by code.
 */
class SessionPlanningBrowserTests extends BrowserTest {

	static final String PASSWORD = "practice-signals";

	@Test
	void aFacilitatorPlansASeriesEditsTheAgendaAndAParticipantJoinsByCode() {
		String focus = "Quiet accounts " + UUID.randomUUID().toString().substring(0, 6);
		this.browser.login("facilitator@demo.test", PASSWORD);
		this.browser.open("/sessions/new");
		this.browser.assertPageIsClean();
		this.browser.fill("focus", focus);
		this.browser.find(By.xpath("//label[contains(., 'Sam Sales')]/preceding-sibling::input")).click();
		this.browser.choose("cadence", "Weekly");
		// the submit button sits below the headless window's visible area: submit with
		// Enter
		WebElement page = this.browser.find(By.tagName("html"));
		this.browser.find(By.id("focus")).sendKeys(Keys.ENTER);
		this.browser.waitUntil(ExpectedConditions.stalenessOf(page));

		assertThat(this.browser.title()).isEqualTo(focus + " · SignalRoom");
		assertThat(this.browser.testId("agenda-total").getText()).isEqualTo("Total: 60 min");
		assertThat(this.browser.testId("missing-departments").getText()).contains("Support");
		this.browser.assertPageIsClean();

		WebElement review = this.browser.findAll(By.cssSelector("[data-testid=agenda-item]")).get(1);
		review.findElement(By.cssSelector("button[title='Move up']")).click();
		this.browser.waitUntil((d) -> firstItemTitle().equals("CRM data review"));

		this.browser.fill("new-item-title", "Signal spotting");
		this.browser.fill("new-item-minutes", "40");
		this.browser.find(By.xpath("//section[@id='agenda']//button[normalize-space()='Add item']")).click();
		this.browser.waitUntil((d) -> this.browser.testId("agenda-total").getText().equals("Total: 100 min"));
		assertThat(this.browser.testId("agenda-advice").getText()).startsWith("Over 90 minutes");
		this.browser.screenshot("session-plan");
		this.browser.assertPageIsClean();

		String code = this.browser.testId("join-code").getText();
		this.browser.clickAndWaitForPage(this.browser.find(By.linkText("Part of a series")));
		assertThat(this.browser.mainText()).contains("Meets: Weekly", "No session of the series is due yet.");
		this.browser.assertPageIsClean();
		this.browser.logout();

		this.browser.login("support@demo.test", PASSWORD);
		this.browser.open("/join");
		this.browser.fill("code", "QQQ");
		this.browser.press("Join");
		assertThat(this.browser.testId("join-error").getText()).startsWith("A join code is 6 letters");
		this.browser.assertPageIsClean(422);
		this.browser.fill("code", code.toLowerCase());
		this.browser.press("Join");
		assertThat(this.browser.title()).isEqualTo(focus + " · SignalRoom");
		assertThat(this.browser.testId("participants").getText()).contains("Sue Support");
		assertThat(this.browser.findAll(By.id("new-item-title"))).as("no agenda editor for a participant").isEmpty();
		this.browser.assertPageIsClean();
	}

	private String firstItemTitle() {
		return this.browser.findAll(By.cssSelector("[data-testid=agenda-item] input[name=title]"))
			.get(0)
			.getAttribute("value");
	}

}

package io.signalroom.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.signalroom.browser.support.Browser;
import io.signalroom.browser.support.BrowserTest;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator and a participant in two headless Chromium browsers follow one live
 * session: the participant's interpretation reaches the facilitator's board within a
 * second, the facilitator's "next" moves the participant's agenda, and a reload keeps the
 * timer.
 */
class RunBrowserTests extends BrowserTest {

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Autowired
	PracticeSessions sessions;

	@Test
	void aParticipantsEntryReachesTheFacilitatorWithinASecondAndAReloadKeepsTheTimer() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		CurrentMember sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		long customer = this.fixtures.customer(admin, "Acme Quiet", LifecycleStage.ONBOARDING);
		long id = this.planning
			.create(fran,
					new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
							AgendaTemplate.STANDARD, fran.userId(), 60,
							List.of(new Participant(sam.userId(), Department.SALES))),
					Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(fran, id, List.of(customer));

		this.browser.login(fran.email(), SignalFixtures.PASSWORD);
		this.browser.open("/sessions/" + id + "/run");
		click(this.browser, "Start");
		this.browser.waitUntil((d) -> this.browser.testId("run-status").getText().equals("Live"));

		Browser participant = anotherBrowser();
		participant.login(sam.email(), SignalFixtures.PASSWORD);
		participant.open("/sessions/" + id + "/run");
		assertThat(participant.testId("current-item").getText()).contains("Opening");
		participant.assertPageIsClean();

		// an entry posted by the participant shows on the facilitator's board within a
		// second
		participant.fill("i-text", "Logins dropped after their champion left");
		participant.choose("i-category", "Churn risk");
		long posted = System.nanoTime();
		click(participant, "Log interpretation");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(2), Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until((d) -> this.browser.testId("board").getText().contains("Logins dropped after their champion left"));
		System.out.printf("Run page: an interpretation reached the other browser in %d ms%n",
				(System.nanoTime() - posted) / 1_000_000);

		// the facilitator's "next" moves the participant's agenda within a second
		click(this.browser, "Next item");
		new WebDriverWait(participant.driver(), Duration.ofSeconds(2), Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until((d) -> !participant.testId("current-item").getText().contains("Opening"));
		this.browser.screenshot("run-facilitator");
		participant.screenshot("run-participant");

		// a reload recomputes the countdown from the database
		int before = seconds(participant.testId("timer").getText());
		participant.open("/sessions/" + id + "/run");
		int after = seconds(participant.testId("timer").getText());
		assertThat(before - after).isBetween(-1, 3);
		assertThat(after).isGreaterThan(60);
		participant.assertPageIsClean();
		this.browser.assertPageIsClean();
	}

	/**
	 * Clicks an htmx button, which swaps part of the page instead of loading a new one.
	 */
	private static void click(Browser browser, String buttonText) {
		browser.script("arguments[0].click()",
				browser.find(By.xpath("//main//button[normalize-space()='" + buttonText + "']")));
	}

	private static int seconds(String mmss) {
		String[] parts = mmss.replace("+", "").split(":");
		return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
	}

}

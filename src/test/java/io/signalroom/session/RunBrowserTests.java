package io.signalroom.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import io.signalroom.browser.support.Browser;
import io.signalroom.browser.support.BrowserTest;
import io.signalroom.customer.EventType;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator and two participants, each in their own headless Chromium, run the
 * standard 60-minute template end to end: a silent brainstorm and its reveal, a
 * round-robin, dot votes, clusters (named, renamed), and the end of the session. Each
 * participant's entries reach the other screens over SSE (the delays are printed), and a
 * reload mid-item keeps the timer.
 */
class RunBrowserTests extends BrowserTest {

	/** Generous for a busy machine; the printed delays say how long it really took. */
	private static final Duration LIVE_WAIT = Duration.ofSeconds(5);

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Test
	void aFacilitatorAndTwoParticipantsRunTheStandardTemplateEndToEnd() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		CurrentMember sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		CurrentMember pat = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		long acme = this.fixtures.customer(admin, "Acme Quiet", LifecycleStage.ONBOARDING);
		long globex = this.fixtures.customer(admin, "Globex Loud", LifecycleStage.ACTIVE);
		this.fixtures.event(admin, globex, Instant.parse("2031-04-07T09:00:00Z"), EventType.TICKET_ESCALATED);
		long id = this.planning.create(fran,
				new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
						AgendaTemplate.STANDARD, fran.userId(), 60,
						List.of(new Participant(sam.userId(), Department.SALES),
								new Participant(pat.userId(), Department.SUPPORT))),
				Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(fran, id, List.of(acme, globex));

		Browser facilitator = this.browser;
		facilitator.login(fran.email(), SignalFixtures.PASSWORD);
		facilitator.open("/sessions/" + id + "/run");
		click(facilitator, "Start");
		await(facilitator, (d) -> facilitator.testId("run-status").getText().equals("Live"));
		Browser sales = anotherBrowser();
		sales.login(sam.email(), SignalFixtures.PASSWORD);
		sales.open("/sessions/" + id + "/run");
		Browser support = anotherBrowser();
		support.login(pat.email(), SignalFixtures.PASSWORD);
		support.open("/sessions/" + id + "/run");
		assertThat(sales.testId("current-item").getText()).contains("Opening / set intention");
		assertThat(support.testId("current-item").getText()).contains("Opening / set intention");

		// 1. opening: a reload mid-item recomputes the countdown from the database
		int before = seconds(support.testId("timer").getText());
		support.open("/sessions/" + id + "/run");
		int after = seconds(support.testId("timer").getText());
		assertThat(before - after).isBetween(-1, 3);
		assertThat(after).isGreaterThan(4 * 60);
		support.assertPageIsClean();

		// 2. CRM data review as a silent brainstorm: each sees only their own until the
		// reveal
		next(facilitator, List.of(sales, support), "CRM data review");
		click(facilitator, "Silent brainstorm");
		await(sales, (d) -> sales.mainText().contains("Silent brainstorm: you see only your own entries"));
		interpret(sales, "Globex Loud", "2031-04-07 · Ticket escalated", "The escalation means they are stuck",
				"Friction / support gap");
		interpret(support, "Acme Quiet", null, "Logins dropped after their champion left", "Churn risk");
		await(sales, (d) -> board(sales).contains("The escalation means they are stuck"));
		assertThat(board(sales)).doesNotContain("Logins dropped");
		assertThat(board(support)).doesNotContain("The escalation means");
		assertThat(board(facilitator)).doesNotContain("The escalation means").doesNotContain("Logins dropped");
		click(facilitator, "Reveal all");
		arrives("reveal", List.of(facilitator, sales, support), "Logins dropped after their champion left");
		arrives("reveal", List.of(facilitator, sales, support), "The escalation means they are stuck");
		assertThat(board(support)).contains("On the event Ticket escalated of 2031-04-07");
		sales.assertPageIsClean();

		// 3. collaborative analysis with a round-robin; entries reach the others live
		next(facilitator, List.of(sales, support), "Collaborative analysis");
		click(facilitator, "Round-robin (by department)");
		await(support, (d) -> support.testId("speaker-now").getText().equals("Sam"));
		assertThat(sales.testId("speaker-next").getText()).isEqualTo("Pat");
		click(facilitator, "Next speaker");
		await(sales, (d) -> sales.testId("speaker-now").getText().equals("Pat"));
		interpret(sales, "Acme Quiet", null, "They asked about more seats", "Upsell readiness");
		arrives("entry by sales", List.of(facilitator, support), "They asked about more seats");
		interpret(support, "Acme Quiet", null, "Three tickets in one day", "Friction / support gap");
		arrives("entry by support", List.of(facilitator, sales), "Three tickets in one day");
		await(facilitator, (d) -> facilitator.testId("board").getText().contains("Read differently"));
		support.assertPageIsClean();

		// 4. action planning: dot votes, then clusters named and renamed
		next(facilitator, List.of(sales, support), "Action planning");
		vote(sales, "Three tickets in one day");
		vote(support, "Three tickets in one day");
		vote(support, "The escalation means they are stuck");
		await(facilitator, (d) -> entry(facilitator, "Three tickets in one day").contains("2 votes"));
		check(facilitator, "Three tickets in one day");
		check(facilitator, "The escalation means they are stuck");
		facilitator.fill("cluster-name", "Support cannot keep up");
		click(facilitator, "Group the checked entries");
		arrives("cluster", List.of(sales, support), "Support cannot keep up");
		assertThat(facilitator.testId("cluster").getText()).contains("Three tickets in one day")
			.contains("The escalation means they are stuck");
		facilitator.fill("cluster-rename-" + clusterId(facilitator), "Support is overwhelmed");
		click(facilitator, "Rename");
		arrives("cluster renamed", List.of(sales, support), "Support is overwhelmed");
		facilitator.assertPageIsClean();

		// 5. wrap-up, then the end
		next(facilitator, List.of(sales, support), "Wrap-up and learnings");
		click(facilitator, "End session");
		await(sales, (d) -> sales.testId("run-status").getText().equals("Ended"));
		await(support, (d) -> support.testId("run-status").getText().equals("Ended"));
		assertThat(facilitator.findAll(Browser.byTestId("console"))).isEmpty();
		assertThat(board(support)).contains("Support is overwhelmed").contains("They asked about more seats");
		facilitator.screenshot("run-facilitator");
		sales.screenshot("run-sales");
		support.screenshot("run-support");
		support.assertPageIsClean();
	}

	/** Fills and sends the interpretation form; {@code about} is an option's start. */
	private static void interpret(Browser browser, String customer, String about, String text, String category) {
		browser.choose("i-customer", customer);
		if (about != null) {
			await(browser, (d) -> browser.find(By.id("i-about")).getText().contains(about));
			String option = browser
				.find(By.xpath("//select[@id='i-about']//option[starts-with(normalize-space(), '" + about + "')]"))
				.getText();
			browser.choose("i-about", option);
		}
		browser.fill("i-text", text);
		browser.choose("i-category", category);
		click(browser, "Log interpretation");
		await(browser, (d) -> browser.testId("interpretation-form").getText().contains("Logged. It is on the board."));
	}

	/** The facilitator moves on; both participants' agendas follow. */
	private static void next(Browser facilitator, List<Browser> participants, String item) {
		click(facilitator, "Next item");
		for (Browser participant : participants) {
			await(participant, (d) -> participant.testId("current-item").getText().contains(item));
		}
	}

	/** Waits for the text on each screen and prints how long it took to show there. */
	private static void arrives(String what, List<Browser> screens, String text) {
		long start = System.nanoTime();
		for (Browser screen : screens) {
			await(screen, (d) -> board(screen).contains(text));
			System.out.printf("Run page: %s shown on another screen after %d ms%n", what,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/** Votes once, even if a live update swaps the board while the button is found. */
	private static void vote(Browser browser, String entryText) {
		await(browser, (d) -> {
			browser.script("arguments[0].click()",
					entryElement(browser, entryText).findElement(Browser.byTestId("vote")));
			return true;
		});
		await(browser, (d) -> entry(browser, entryText).contains("your vote"));
	}

	private static void check(Browser browser, String entryText) {
		await(browser, (d) -> {
			browser.script("arguments[0].checked = true",
					entryElement(browser, entryText).findElement(By.cssSelector("input[type=checkbox]")));
			return true;
		});
	}

	private static String clusterId(Browser browser) {
		return browser.testId("cluster")
			.findElement(By.cssSelector("input[name=name]"))
			.getAttribute("id")
			.substring("cluster-rename-".length());
	}

	private static org.openqa.selenium.WebElement entryElement(Browser browser, String entryText) {
		return browser
			.find(By.xpath("//li[@data-testid='interpretation'][span[normalize-space()='" + entryText + "']]"));
	}

	private static String entry(Browser browser, String entryText) {
		return entryElement(browser, entryText).getText();
	}

	private static String board(Browser browser) {
		return browser.testId("board").getText();
	}

	private static void await(Browser browser, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser.driver(), LIVE_WAIT, Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(condition);
	}

	/**
	 * Clicks an htmx button, which swaps part of the page instead of loading a new one.
	 */
	private static void click(Browser browser, String buttonText) {
		// a live event may swap the button's fragment between finding and clicking it
		for (int attempt = 1;; attempt++) {
			try {
				browser.script("arguments[0].click()",
						browser.find(By.xpath("//main//button[normalize-space()='" + buttonText + "']")));
				return;
			}
			catch (StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	private static int seconds(String mmss) {
		String[] parts = mmss.replace("+", "").split(":");
		return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
	}

}

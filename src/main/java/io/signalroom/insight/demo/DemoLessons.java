package io.signalroom.insight.demo;

import java.util.List;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.demo.DemoTeam.Owner;

/**
 * What the demo workspace's two ended review sessions learned: per session (oldest first)
 * its insights, each drawn from a cluster of the board (by name) or from the top-voted
 * interpretation, with how a manager judged it later and the action items agreed on it.
 */
final class DemoLessons {

	private DemoLessons() {
	}

	/**
	 * An insight to record. {@code cluster} names the board's cluster it comes from; null
	 * means the top-voted interpretation together with the other readings of the same
	 * customer.
	 */
	record Lesson(String cluster, String statement, InsightCategory category, String testPlan, List<String> tags,
			Verdict verdict, List<Step> actions) {

	}

	/** A manager validated or refuted the insight this many days after the session. */
	record Verdict(InsightStatus to, int daysAfter, String reason) {

	}

	/**
	 * An action item on the insight, about the first evidence's customer or none. Its due
	 * date counts from the session's day, or from today when {@code dueFromToday}; an
	 * {@code outcome} means it was done that many days after the session.
	 */
	record Step(String title, Owner owner, boolean aboutCustomer, int dueDays, boolean dueFromToday, String outcome,
			int doneAfterDays) {

		static Step open(String title, Owner owner, boolean aboutCustomer, int dueDaysFromToday) {
			return new Step(title, owner, aboutCustomer, dueDaysFromToday, true, null, 0);
		}

		static Step done(String title, Owner owner, int dueDays, int doneAfterDays, String outcome) {
			return new Step(title, owner, true, dueDays, false, outcome, doneAfterDays);
		}

	}

	static final List<List<Lesson>> BY_SESSION = List.of(List.of(new Lesson("Silence after onboarding",
			"An account with no login for three weeks right after onboarding, and renewal e-mails left "
					+ "unanswered, has lost its champion: churn risk that customer success should call "
					+ "about within a week.",
			InsightCategory.BEHAVIOUR_TRIGGER,
			"Flag every account with no login for 21 days in its first 90 days; customer success calls half "
					+ "of them within five days; compare renewals of both halves after one quarter.",
			List.of("onboarding", "silence", "renewal risk"),
			new Verdict(InsightStatus.VALIDATED, 4,
					"Customer success called the four accounts that matched: three had lost their only "
							+ "trained admin. Juniper Energy is back to two logins a week after a new training."),
			List.of(Step.done("Call the admin and re-run the onboarding training", Owner.MANAGER, 4, 3,
					"Called on Thursday: their only admin left in September. The new admin had the training "
							+ "on Monday; two logins since."))),
			new Lesson("Seat cuts before a downgrade",
					"A ticket asking how to reduce seats comes about ten days before a downgrade; support should "
							+ "hand it to the account owner the same day instead of only answering the how.",
					InsightCategory.RECOMMENDED_RESPONSE,
					"For one quarter support tags every seat-reduction ticket 'seats'; we count how many downgrades "
							+ "had one 7 to 14 days before, and whether owners told the same day kept the seats.",
					List.of("downgrade", "seats", "handoff"), null,
					List.of(Step.open("Tag seat-reduction tickets 'seats' and alert the account owner the same day",
							Owner.SUPPORT, false, -3))),
			new Lesson(null,
					"When an account stops opening our e-mails after an upgrade and its new users ask basic "
							+ "questions, the upgrade did not land and the account is heading for churn.",
					InsightCategory.DEPARTMENTAL_IMPLICATION,
					"Follow the next five accounts that go quiet after an upgrade: did they churn, grow or neither "
							+ "within 60 days?",
					List.of("upgrade", "read differently", "expansion"),
					new Verdict(InsightStatus.REFUTED, 6,
							"Pioneer Robotics added 25 seats the week after: the basic questions came from new "
									+ "users, not unhappy ones. Support now forwards them to sales."),
					List.of(Step.done("Offer the next seat block and an admin training for the new users", Owner.SALES,
							3, 2, "Offered on the call; they added 25 seats and booked the admin " + "training.")))),
			List.of(new Lesson("Login drop + unopened e-mails",
					"A drop in logins and unopened product e-mails in the same month flag churn risk weeks earlier "
							+ "than either signal alone.",
					InsightCategory.BEHAVIOUR_TRIGGER,
					"Combine the two detection rules with AND, preview which customers it flags over the last two "
							+ "quarters, and compare with the accounts that churned or downgraded.",
					List.of("logins", "email", "detection rule"), null,
					List.of(Step.open("Build the combined login drop + e-mail drop rule and preview its hits",
							Owner.FACILITATOR, false, 5))),
					new Lesson("Slow reports behind the drop",
							"Repeated 'slow reports' tickets come before the login drop: support should pass a "
									+ "repeated performance complaint to product and customer success as one case.",
							InsightCategory.DEPARTMENTAL_IMPLICATION,
							"For a month support links repeated performance tickets into one case; we compare "
									+ "those accounts' logins before and after the fix.",
							List.of("friction", "performance", "support"),
							new Verdict(InsightStatus.VALIDATED, 4,
									"Product confirmed report timeouts on Team-plan accounts with large data sets, "
											+ "fixed in release 4.12; Tidewater Legal's logins picked up the week after."),
							List.of(Step.done("Ask product whether report timeouts on the Team plan are known",
									Owner.SUPPORT, 2, 2,
									"Known timeout on reports over 50,000 rows, fixed in "
											+ "release 4.12. Told Tidewater Legal and Juniper Health."))),
					new Lesson(null,
							"Customer success hears of Enterprise downgrades only after they happen; sales should "
									+ "log a downgrade intent in the CRM right after a QBR where budget cuts come up.",
							InsightCategory.RECOMMENDED_RESPONSE,
							"Add a 'downgrade intent' field for one quarter; count how many downgrades were logged "
									+ "before they happened and how many of those accounts we kept.",
							List.of("downgrade", "crm hygiene", "handoff"), null,
							List.of(Step.open("Call the sponsor before the QBR and log the downgrade reason in the CRM",
									Owner.SALES, true, 8)))));

}

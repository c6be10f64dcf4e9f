package io.signalroom.session.demo;

import java.time.LocalTime;
import java.util.List;

import io.signalroom.session.LearningGoal;
import io.signalroom.session.demo.DemoCast.Speaker;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;

import static io.signalroom.session.demo.DemoCast.Speaker.FACILITATOR;
import static io.signalroom.session.demo.DemoCast.Speaker.MANAGER;
import static io.signalroom.session.demo.DemoCast.Speaker.SALES;
import static io.signalroom.session.demo.DemoCast.Speaker.SUPPORT;
import static io.signalroom.signal.SignalCategory.CHURN_RISK;
import static io.signalroom.signal.SignalCategory.DISENGAGEMENT;
import static io.signalroom.signal.SignalCategory.FRICTION;
import static io.signalroom.signal.SignalCategory.UPSELL_READINESS;

/**
 * The script of the demo workspace's practice history: a weekly review that met two and
 * one weeks ago and meets again next week, and a one-off workshop later this week.
 * Customers are named by their external ids in the demo book and signals by their type
 * names in the starter taxonomy; dates count from today.
 */
final class DemoHistory {

	static final String SERIES = "Weekly churn & expansion review";

	private static final LocalTime REVIEW_TIME = LocalTime.of(15, 0);

	private DemoHistory() {
	}

	/** A session to write; {@code run} is null for one still to come. */
	record Plan(String focus, String objective, LearningGoal goal, AgendaTemplate template, int daysFromToday,
			LocalTime startsAt, List<String> customers, Run run) {

	}

	/**
	 * How an ended session went: minutes late, seconds each agenda item actually took and
	 * minutes the facilitator added to it, what was said, voted and grouped.
	 */
	record Run(int lateMinutes, List<Integer> itemSeconds, List<Integer> extraMinutes, List<Reading> readings,
			List<Vote> votes, List<Group> groups) {

	}

	/**
	 * An interpretation: about a customer, optionally one of its detected signals (and
	 * then, with {@code onEvent}, the last event proving it), logged {@code minute}
	 * minutes into agenda item {@code item}.
	 */
	record Reading(Speaker author, String customer, String signalType, boolean onEvent, SignalCategory category,
			int confidence, Scorecard scorecard, int item, int minute, String text) {

	}

	record Scorecard(int frequency, int intensity, int urgency, Sentiment sentiment) {

	}

	/** A dot vote for the reading at that index. */
	record Vote(Speaker voter, int reading) {

	}

	/** A cluster the facilitator made on the board from the readings at these indexes. */
	record Group(String name, int item, int minute, List<Integer> readings) {

	}

	static final Plan TWO_WEEKS_AGO = new Plan(SERIES,
			"Spot churn risk early in accounts that went quiet before renewal, and tell it apart from expansion.",
			LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD, -14, REVIEW_TIME,
			List.of("NW-0110", "NW-0162", "NW-0029", "NW-0136"),
			new Run(2, List.of(250, 1560, 1090, 725, 190), List.of(0, 5, 0, 0, 0), List.of(
					reading(SUPPORT, "NW-0110", "No login for three weeks", CHURN_RISK, 4, 1, 3,
							"Three weeks without a login right after a thin onboarding: nobody on their side owns "
									+ "the tool. From the ticket queue this is churn risk, not a busy month."),
					reading(SALES, "NW-0110", "Gone quiet: no logins and no replies", DISENGAGEMENT, 3, 1, 5,
							"Renewal e-mails unanswered since early October. I'd call it disengagement first: our "
									+ "champion may have left. Worth checking before we assume they are leaving."),
					new Reading(MANAGER, "NW-0110", "No activity after onboarding", false, CHURN_RISK, 5,
							new Scorecard(4, 4, 5, Sentiment.NEGATIVE), 1, 7,
							"Onboarding never finished: the training call happened but no admin came back. "
									+ "The textbook early-churn pattern."),
					onEvent(FACILITATOR, "NW-0162", "Drop in login frequency", CHURN_RISK, 4, 1, 11,
							"Logins fell from two or three a week to one every ten days over October. The drop "
									+ "started before their ticket, so the ticket is a symptom, not the cause."),
					reading(SUPPORT, "NW-0162", "Drop in login frequency", FRICTION, 4, 1, 13,
							"'Reports are slow again': the word 'again' says they have lived with it for a while. "
									+ "Friction we never closed, and it lines up with the login drop."),
					reading(SALES, "NW-0162", "E-mail engagement drop", DISENGAGEMENT, 2, 1, 16,
							"They stopped opening the monthly product update. On its own I would not worry: half "
									+ "our book ignores newsletters."),
					onEvent(MANAGER, "NW-0029", "Plan downgrade", CHURN_RISK, 4, 1, 20,
							"Seats cut ten days after a ticket asking how to reduce them. A downgrade is the churn "
									+ "conversation starting, not ending."),
					reading(SALES, "NW-0029", "Plan downgrade", CHURN_RISK, 2, 1, 23,
							"We sold Enterprise seats to a team that only ever used a third of them. This looks "
									+ "like right-sizing; if they stay happy they grow back."),
					reading(SUPPORT, "NW-0136", "E-mail engagement drop", CHURN_RISK, 3, 2, 2,
							"Since the July upgrade our e-mails go unopened and the last ticket was a basic 'how "
									+ "do I share a dashboard?'. The upgrade did not land: I read churn risk."),
					new Reading(SALES, "NW-0136", "E-mail engagement drop", false, UPSELL_READINESS, 4,
							new Scorecard(3, 4, 3, Sentiment.POSITIVE), 2, 4,
							"They asked about SSO, audit log and more seats before upgrading. New users asking "
									+ "basic questions are the extra seats arriving: I read expansion, not churn."),
					reading(MANAGER, "NW-0136", null, UPSELL_READINESS, 3, 2, 6,
							"Our notes from the upgrade say they planned a second team for the first quarter. I "
									+ "lean towards sales, but we should simply ask them.")),
					List.of(new Vote(SALES, 9), new Vote(MANAGER, 9), new Vote(FACILITATOR, 9), new Vote(SUPPORT, 0),
							new Vote(SUPPORT, 4), new Vote(SUPPORT, 8), new Vote(MANAGER, 2), new Vote(MANAGER, 6),
							new Vote(SALES, 2), new Vote(FACILITATOR, 3)),
					List.of(new Group("Silence after onboarding", 2, 12, List.of(0, 1, 2)),
							new Group("Seat cuts before a downgrade", 2, 14, List.of(6, 7)))));

	static final Plan LAST_WEEK = new Plan(SERIES,
			"Follow up last week's quiet accounts and check whether a login drop after a renewal means the "
					+ "same as one before it.",
			LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD, -7, REVIEW_TIME,
			List.of("NW-0124", "NW-0160", "NW-0030", "NW-0189"),
			new Run(4, List.of(330, 1140, 1440, 480, 300), List.of(0, 0, 5, 0, 0), List.of(
					onEvent(FACILITATOR, "NW-0124", "Drop in login frequency", CHURN_RISK, 3, 1, 2,
							"Renewed on 9 October, then the logins kept sliding. The renewal did not fix "
									+ "engagement; it bought us a year to fix it."),
					reading(SALES, "NW-0124", "Billing change near renewal", DISENGAGEMENT, 2, 1, 4,
							"They renewed without negotiating. I'd read the login dip as their month-end crunch, "
									+ "not a warning."),
					reading(SUPPORT, "NW-0160", "Drop in login frequency", FRICTION, 4, 1, 7,
							"Their only ticket this quarter is 'Reports are slow again'. Slow reports, fewer "
									+ "logins: a product problem we can fix."),
					reading(MANAGER, "NW-0160", "E-mail engagement drop", CHURN_RISK, 4, 1, 9,
							"They stopped opening our updates in the month their logins halved. Two systems "
									+ "pointing the same way: they go on the at-risk call list."),
					reading(SALES, "NW-0160", null, UPSELL_READINESS, 3, 1, 11,
							"Last quarter they asked about seats for their litigation team. Slow reports may just "
									+ "mean they have outgrown the Team plan."),
					onEvent(SUPPORT, "NW-0030", "Drop in login frequency", CHURN_RISK, 4, 1, 14,
							"Two logins in the second half of October, and they took five days to answer our last "
									+ "ticket reply."),
					reading(FACILITATOR, "NW-0030", "E-mail engagement drop", DISENGAGEMENT, 3, 1, 16,
							"Same shape as Juniper Energy last week: logins down, e-mails unopened. The pattern "
									+ "repeats in mid-market."),
					new Reading(MANAGER, "NW-0189", "Plan downgrade", true, CHURN_RISK, 4,
							new Scorecard(2, 5, 4, Sentiment.NEGATIVE), 2, 3,
							"An Enterprise account moved down to Business and customer success heard of it "
									+ "afterwards. Large revenue at risk and nobody warned us."),
					reading(SALES, "NW-0189", "Plan downgrade", CHURN_RISK, 3, 2, 5,
							"The downgrade followed their budget freeze. I heard about the freeze in the QBR, but "
									+ "it never made it into the CRM."),
					reading(SUPPORT, "NW-0189", "Plan downgrade", FRICTION, 3, 2, 8,
							"They asked us how to reduce seats. We answered the how, not the why: nobody asked "
									+ "what was wrong."),
					reading(MANAGER, "NW-0030", null, CHURN_RISK, 3, 2, 11,
							"Their renewal is in February. If we wait for the usual 60-day call we will be late.")),
					List.of(new Vote(SALES, 3), new Vote(SALES, 7), new Vote(SUPPORT, 2), new Vote(SUPPORT, 7),
							new Vote(SUPPORT, 5), new Vote(MANAGER, 6), new Vote(MANAGER, 2), new Vote(FACILITATOR, 3),
							new Vote(FACILITATOR, 7)),
					List.of(new Group("Login drop + unopened e-mails", 2, 14, List.of(3, 5, 6, 10)),
							new Group("Slow reports behind the drop", 2, 17, List.of(2, 4)))));

	static final Plan NEXT_WEEK = new Plan(SERIES,
			"Check last week's follow-ups, then try the combined login and e-mail reading on two accounts we "
					+ "have not discussed yet.",
			LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD, 7, REVIEW_TIME,
			List.of("NW-0110", "NW-0030", "NW-0130", "NW-0009"), null);

	static final Plan WORKSHOP = new Plan("Upsell predictor review: what came before recent upgrades",
			"Walk back from three recent upgrades and agree on a trigger sales can act on.", LearningGoal.UPSELL,
			AgendaTemplate.SIGNAL_WORKSHOP, 2, LocalTime.of(10, 0), List.of("NW-0086", "NW-0125", "NW-0088"), null);

	/** The weekly series, oldest first. */
	static final List<Plan> SERIES_PLANS = List.of(TWO_WEEKS_AGO, LAST_WEEK, NEXT_WEEK);

	private static Reading reading(Speaker author, String customer, String signalType, SignalCategory category,
			int confidence, int item, int minute, String text) {
		return new Reading(author, customer, signalType, false, category, confidence, null, item, minute, text);
	}

	private static Reading onEvent(Speaker author, String customer, String signalType, SignalCategory category,
			int confidence, int item, int minute, String text) {
		return new Reading(author, customer, signalType, true, category, confidence, null, item, minute, text);
	}

}

package io.signalroom.customer.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;

/**
 * Makes the demo workspace's book: about 200 customers with 12 to 18 months of events
 * before {@link #ANCHOR} and known outcomes, with the seeds' patterns planted so that
 * exercises have answers. The same seed gives the same book, event for event.
 */
final class DemoBookGenerator {

	static final LocalDate ANCHOR = LocalDate.of(2026, 10, 31);

	static final long SEED = 20261031L;

	static final int CUSTOMERS = 200;

	private static final String[] PREFIXES = { "Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Granite",
			"Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer", "Quarry",
			"Riverbend", "Summit", "Tidewater" };

	private static final String[] SUFFIXES = { "Logistics", "Health", "Analytics", "Foods", "Studios", "Energy",
			"Robotics", "Legal", "Retail", "Travel" };

	private static final String[] OWNERS = { "Sam Sales", "Olivia Ortiz", "Priya Patel", "Marco Rossi", "Jin Park" };

	private static final String[] FEATURES = { "reports", "dashboards", "exports", "integrations", "alerts",
			"workflows" };

	private final Random random = new Random(SEED);

	private final List<CustomerRecord> customers = new ArrayList<>();

	private final List<EventRecord> events = new ArrayList<>();

	private String externalId;

	private int sequence;

	DemoBook generate() {
		List<Story> stories = stories();
		for (int i = 0; i < CUSTOMERS; i++) {
			customer(i, stories.get(i));
		}
		return new DemoBook(List.copyOf(this.customers), List.copyOf(this.events));
	}

	/** What happens to each customer, shuffled so outcomes mix in the list. */
	private List<Story> stories() {
		List<Story> stories = new ArrayList<>();
		add(stories, Story.CHURN_AFTER_TICKETS, 28);
		add(stories, Story.CHURN_AFTER_SILENCE, 12);
		add(stories, Story.RENEWED, 45);
		add(stories, Story.UPGRADED, 25);
		add(stories, Story.DOWNGRADED, 15);
		add(stories, Story.WON, 25);
		add(stories, Story.LOST, 20);
		add(stories, Story.ACTIVE, 20);
		add(stories, Story.AT_RISK, 5);
		add(stories, Story.NURTURING, 5);
		Collections.shuffle(stories, this.random);
		return stories;
	}

	private static void add(List<Story> stories, Story story, int count) {
		for (int i = 0; i < count; i++) {
			stories.add(story);
		}
	}

	private void customer(int index, Story story) {
		this.externalId = "NW-%04d".formatted(index + 1);
		this.sequence = 0;
		String name = PREFIXES[index % PREFIXES.length] + " " + SUFFIXES[(index / PREFIXES.length) % SUFFIXES.length];
		int segment = this.random.nextInt(3);
		String[] segments = { "SMB", "Mid-market", "Enterprise" };
		String[] plans = { "Starter", "Team", "Business", "Enterprise" };
		int plan = Math.min(3, segment + this.random.nextInt(2));
		LocalDate start = ANCHOR.minusDays(365 + this.random.nextInt(184));
		LocalDate outcomeOn = null;
		Outcome outcome = null;
		LifecycleStage stage = LifecycleStage.ACTIVE;
		switch (story) {
			case CHURN_AFTER_TICKETS, CHURN_AFTER_SILENCE -> {
				outcomeOn = start.plusDays(365);
				outcome = Outcome.CHURNED;
				stage = LifecycleStage.CHURNED;
				onboarding(start, name);
				if (story == Story.CHURN_AFTER_TICKETS) {
					LocalDate dropFrom = outcomeOn.minusDays(60);
					usage(start.plusDays(30), dropFrom, 2, 3);
					usage(dropFrom, outcomeOn, 0, 1);
					touchpoints(start.plusDays(30), dropFrom, name);
					ticketBurst(outcomeOn.minusDays(20 + this.random.nextInt(30)));
					event(outcomeOn.minusDays(2), EventType.NOTE,
							"%s did not answer the renewal e-mails".formatted(name));
				}
				else {
					// after onboarding nobody reaches out and they barely log in
					usage(start.plusDays(30), outcomeOn, 0, 1);
				}
				event(outcomeOn, EventType.CHURNED, "Subscription ended at renewal");
			}
			case RENEWED -> {
				outcomeOn = start.plusDays(365);
				outcome = Outcome.RENEWED;
				subscription(start, ANCHOR, name);
				event(outcomeOn, EventType.BILLING_CHANGE, "Renewed for another year");
				event(outcomeOn.minusDays(14), EventType.MEETING, "Renewal review with %s".formatted(name));
			}
			case UPGRADED -> {
				outcomeOn = ANCHOR.minusDays(20 + this.random.nextInt(150));
				outcome = Outcome.UPGRADED;
				subscription(start, ANCHOR, name);
				upsellSignals(outcomeOn, name);
				event(outcomeOn, EventType.PLAN_UPGRADE,
						"Upgraded from %s to %s".formatted(plans[plan], plans[Math.min(3, plan + 1)]));
				plan = Math.min(3, plan + 1);
			}
			case DOWNGRADED -> {
				outcomeOn = ANCHOR.minusDays(20 + this.random.nextInt(150));
				outcome = Outcome.DOWNGRADED;
				stage = LifecycleStage.AT_RISK;
				subscription(start, outcomeOn.minusDays(45), name);
				usage(outcomeOn.minusDays(45), ANCHOR, 1, 1);
				event(outcomeOn.minusDays(10), EventType.TICKET_OPENED, "Asked how to reduce the number of seats");
				event(outcomeOn, EventType.PLAN_DOWNGRADE, "Moved to a smaller plan");
				plan = Math.max(0, plan - 1);
			}
			case WON -> {
				outcomeOn = ANCHOR.minusDays(40 + this.random.nextInt(120));
				outcome = Outcome.WON;
				stage = outcomeOn.isAfter(ANCHOR.minusDays(60)) ? LifecycleStage.ONBOARDING : LifecycleStage.ACTIVE;
				nurture(start, outcomeOn.minusDays(30));
				LocalDate webinar = outcomeOn.minusDays(20 + this.random.nextInt(10));
				event(webinar, EventType.WEBINAR_ATTENDED, "Attended the webinar \"Reading churn signals early\"");
				event(webinar.plusDays(1 + this.random.nextInt(3)), EventType.EMAIL_CLICK,
						"Clicked \"Book your demo\" in the follow-up e-mail");
				event(webinar.plusDays(5), EventType.DEMO_BOOKED, "Demo booked for %s".formatted(name));
				event(outcomeOn.minusDays(6), EventType.PROPOSAL_VIEWED, "Viewed the proposal three times");
				event(outcomeOn, EventType.SUBSCRIPTION_STARTED, "Signed for the %s plan".formatted(plans[plan]));
				onboarding(outcomeOn, name);
				usage(outcomeOn.plusDays(30), ANCHOR, 1, 3);
			}
			case LOST -> {
				outcomeOn = ANCHOR.minusDays(30 + this.random.nextInt(150));
				outcome = Outcome.LOST;
				stage = LifecycleStage.PROSPECT;
				nurture(start, outcomeOn);
				LocalDate webinar = outcomeOn.minusDays(40);
				event(webinar, EventType.WEBINAR_ATTENDED, "Attended the webinar \"Reading churn signals early\"");
				event(outcomeOn.minusDays(15), EventType.DEMO_BOOKED, "Demo booked for %s".formatted(name));
				event(outcomeOn.minusDays(8), EventType.PROPOSAL_VIEWED, "Opened the proposal once");
				event(outcomeOn, EventType.NOTE, "%s chose another vendor".formatted(name));
			}
			case ACTIVE -> subscription(start, ANCHOR, name);
			case AT_RISK -> {
				stage = LifecycleStage.AT_RISK;
				subscription(start, ANCHOR.minusDays(35), name);
				usage(ANCHOR.minusDays(35), ANCHOR, 0, 1);
				event(ANCHOR.minusDays(9), EventType.TICKET_OPENED, "Reports are slow again");
			}
			case NURTURING -> {
				stage = LifecycleStage.PROSPECT;
				nurture(start, ANCHOR);
			}
		}
		BigDecimal revenue = (stage == LifecycleStage.PROSPECT) ? null : revenue(plan);
		this.customers.add(new CustomerRecord(this.externalId, name,
				"ops@" + name.toLowerCase().replace(' ', '-') + ".example", segments[segment], plans[plan], stage,
				OWNERS[this.random.nextInt(OWNERS.length)], revenue, outcome, outcomeOn, Map.of("demo", true)));
	}

	/** A paying customer's life: onboarding, then steady use and regular touchpoints. */
	private void subscription(LocalDate start, LocalDate end, String name) {
		onboarding(start, name);
		usage(start.plusDays(30), end, 1, 3);
		touchpoints(start.plusDays(30), end, name);
	}

	private void onboarding(LocalDate start, String name) {
		event(start, EventType.SUBSCRIPTION_STARTED, "Subscription started");
		event(start.plusDays(2), EventType.MEETING, "Kick-off meeting with %s".formatted(name));
		event(start.plusDays(9), EventType.CALL, "Training call for the admins");
		event(start.plusDays(28), EventType.SURVEY_RESPONSE, "Onboarding survey: 8 / 10");
		usage(start, start.plusDays(30), 3, 5);
	}

	/** Logins and feature use, between {@code min} and {@code max} logins a week. */
	private void usage(LocalDate from, LocalDate to, int min, int max) {
		for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
			int logins = min + this.random.nextInt(max - min + 1);
			for (int i = 0; i < logins; i++) {
				LocalDate day = week.plusDays(this.random.nextInt(7));
				if (day.isBefore(to)) {
					event(day, EventType.LOGIN, null);
				}
			}
			if (max >= 2 && this.random.nextInt(3) == 0) {
				event(week.plusDays(this.random.nextInt(5)), EventType.FEATURE_USED,
						"Used " + FEATURES[this.random.nextInt(FEATURES.length)]);
			}
		}
	}

	/** Success check-ins, newsletters, the odd ticket and a twice-yearly NPS survey. */
	private void touchpoints(LocalDate from, LocalDate to, String name) {
		for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
			event(month.plusDays(this.random.nextInt(10)), EventType.EMAIL_OPEN, "Opened the monthly product update");
			if (this.random.nextInt(3) == 0) {
				event(month.plusDays(10 + this.random.nextInt(10)), EventType.CALL,
						"Success check-in with %s".formatted(name));
			}
			if (this.random.nextInt(4) == 0) {
				LocalDate day = month.plusDays(this.random.nextInt(25));
				event(day, EventType.TICKET_OPENED, "How do I share a dashboard?");
				event(day.plusDays(1), EventType.TICKET_RESOLVED, "Answered, customer satisfied");
			}
			if (month.getMonthValue() % 6 == 0) {
				event(month.plusDays(15), EventType.SURVEY_RESPONSE, "NPS " + (7 + this.random.nextInt(4)));
			}
		}
	}

	/** Several tickets within ten days, some escalated, in an unhappy tone. */
	private void ticketBurst(LocalDate from) {
		String[] complaints = { "Export keeps failing, this is blocking our month end",
				"Still no answer on the sync problem", "Dashboards show wrong totals again",
				"Second time this week the integration broke", "We are losing time on this, please escalate",
				"Users cannot log in with SSO" };
		int tickets = 4 + this.random.nextInt(3);
		for (int i = 0; i < tickets; i++) {
			LocalDate day = from.plusDays(this.random.nextInt(10));
			event(day, EventType.TICKET_OPENED, complaints[i]);
			if (i % 2 == 0) {
				event(day.plusDays(1), EventType.TICKET_ESCALATED, "Escalated: customer frustrated");
			}
		}
		event(from.plusDays(12), EventType.SURVEY_RESPONSE, "NPS 3: support is too slow");
	}

	/** Repeated pricing page views and a question about enterprise features. */
	private void upsellSignals(LocalDate upgradeOn, String name) {
		int views = 4 + this.random.nextInt(4);
		for (int i = 0; i < views; i++) {
			event(upgradeOn.minusDays(3 + this.random.nextInt(40)), EventType.PRICING_PAGE_VIEW, "Viewed /pricing");
		}
		if (this.random.nextBoolean()) {
			event(upgradeOn.minusDays(20), EventType.TICKET_OPENED,
					"Asked about enterprise features: SSO, audit log and more seats");
		}
		else {
			event(upgradeOn.minusDays(20), EventType.NOTE,
					"%s asked about enterprise features (SSO, audit log)".formatted(name));
		}
	}

	/** Marketing's view of a lead: opens, page views and downloads, never a click. */
	private void nurture(LocalDate from, LocalDate to) {
		event(from, EventType.PAGE_VIEW, "First visit: /blog/reading-customer-signals");
		for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(2)) {
			int kind = this.random.nextInt(4);
			LocalDate day = week.plusDays(this.random.nextInt(10));
			if (!day.isBefore(to)) {
				continue;
			}
			switch (kind) {
				case 0 -> event(day, EventType.EMAIL_OPEN, "Opened the newsletter");
				case 1 -> event(day, EventType.PRODUCT_PAGE_VIEW, "Viewed /product/signals");
				case 2 ->
					event(day, EventType.CONTENT_DOWNLOAD, "Downloaded the whitepaper \"Signals that predict churn\"");
				default -> event(day, EventType.PAGE_VIEW, "Viewed /blog");
			}
		}
	}

	private BigDecimal revenue(int plan) {
		int[] low = { 1_200, 6_000, 20_000, 80_000 };
		int[] high = { 3_000, 15_000, 60_000, 250_000 };
		int amount = low[plan] + this.random.nextInt(high[plan] - low[plan]);
		return BigDecimal.valueOf(amount / 100 * 100L);
	}

	private void event(LocalDate day, EventType type, String summary) {
		if (day.isAfter(ANCHOR)) {
			return;
		}
		Instant at = day.atStartOfDay(ZoneOffset.UTC)
			.toInstant()
			.plus(8 * 60 + this.random.nextInt(10 * 60), ChronoUnit.MINUTES);
		this.sequence++;
		this.events.add(new EventRecord(this.externalId, at, type, null, null, summary, null, null,
				"demo:" + this.externalId + ":" + this.sequence));
	}

	private enum Story {

		CHURN_AFTER_TICKETS, CHURN_AFTER_SILENCE, RENEWED, UPGRADED, DOWNGRADED, WON, LOST, ACTIVE, AT_RISK, NURTURING

	}

}

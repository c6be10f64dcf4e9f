package io.signalroom.customer.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.customer.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBookGeneratorTests {

	private static final Set<EventType> TOUCHPOINTS = EnumSet.of(EventType.EMAIL_OPEN, EventType.EMAIL_CLICK,
			EventType.EMAIL_REPLY, EventType.CALL, EventType.MEETING, EventType.NOTE, EventType.SURVEY_RESPONSE,
			EventType.TICKET_OPENED, EventType.TICKET_RESOLVED, EventType.WEBINAR_ATTENDED);

	private final DemoBook book = new DemoBookGenerator().generate();

	private final Map<String, List<EventRecord>> timelines = this.book.events()
		.stream()
		.collect(Collectors.groupingBy(EventRecord::customerExternalId));

	@Test
	void theSameSeedGivesTheSameBookEventForEvent() {
		assertThat(new DemoBookGenerator().generate()).isEqualTo(this.book);
	}

	@Test
	void aboutTwoHundredCustomersWithEveryKindOfOutcome() {
		assertThat(this.book.customers()).hasSize(200);
		Map<Outcome, Long> outcomes = this.book.customers()
			.stream()
			.filter((c) -> c.outcome() != null)
			.collect(Collectors.groupingBy(CustomerRecord::outcome, Collectors.counting()));
		assertThat(outcomes).containsEntry(Outcome.CHURNED, 40L)
			.containsEntry(Outcome.RENEWED, 45L)
			.containsEntry(Outcome.UPGRADED, 25L)
			.containsEntry(Outcome.DOWNGRADED, 15L)
			.containsEntry(Outcome.WON, 25L)
			.containsEntry(Outcome.LOST, 20L);
	}

	@Test
	void historiesSpanTwelveToEighteenMonthsBeforeTheAnchor() {
		Instant anchorEnd = DemoBookGenerator.ANCHOR.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		for (List<EventRecord> events : this.timelines.values()) {
			Instant first = events.stream().map(EventRecord::occurredAt).min(Instant::compareTo).orElseThrow();
			Instant last = events.stream().map(EventRecord::occurredAt).max(Instant::compareTo).orElseThrow();
			assertThat(last).isBefore(anchorEnd);
			assertThat(Duration.between(first, anchorEnd).toDays()).isBetween(365L, 549L);
		}
	}

	@Test
	void everyChurnedCustomerShowsATicketBurstAfterALoginDropOrSilenceAfterOnboarding() {
		int bursts = 0;
		for (CustomerRecord churned : withOutcome(Outcome.CHURNED)) {
			List<EventRecord> events = this.timelines.get(churned.externalId());
			Instant churnedAt = day(churned.outcomeOn());
			long ticketsInLast60Days = count(events, EventType.TICKET_OPENED, churnedAt.minus(Duration.ofDays(60)),
					churnedAt);
			if (ticketsInLast60Days >= 4) {
				bursts++;
				long loginsBefore = count(events, EventType.LOGIN, churnedAt.minus(Duration.ofDays(120)),
						churnedAt.minus(Duration.ofDays(60)));
				long loginsAfter = count(events, EventType.LOGIN, churnedAt.minus(Duration.ofDays(60)), churnedAt);
				assertThat(loginsAfter).as("logins drop before %s churns", churned.name()).isLessThan(loginsBefore / 2);
			}
			else {
				Instant onboarded = events.stream()
					.filter((e) -> e.type() == EventType.SUBSCRIPTION_STARTED)
					.findFirst()
					.orElseThrow()
					.occurredAt()
					.plus(Duration.ofDays(30));
				assertThat(events).as("no touchpoints between onboarding and renewal for %s", churned.name())
					.noneMatch((e) -> TOUCHPOINTS.contains(e.type()) && e.occurredAt().isAfter(onboarded)
							&& e.occurredAt().isBefore(churnedAt));
			}
		}
		assertThat(bursts).isEqualTo(28);
	}

	@Test
	void upgradesFollowRepeatedPricingViewsAndAnEnterpriseQuestion() {
		for (CustomerRecord upgraded : withOutcome(Outcome.UPGRADED)) {
			List<EventRecord> events = this.timelines.get(upgraded.externalId());
			Instant upgradedAt = day(upgraded.outcomeOn());
			assertThat(count(events, EventType.PRICING_PAGE_VIEW, upgradedAt.minus(Duration.ofDays(45)), upgradedAt))
				.isGreaterThanOrEqualTo(4);
			assertThat(events).anyMatch((e) -> e.summary() != null && e.summary().contains("enterprise features")
					&& e.occurredAt().isBefore(upgradedAt));
		}
	}

	@Test
	void wonDealsAndOnlyThemHaveAWebinarFollowedByADemoEmailClickWithinThreeDays() {
		Function<List<EventRecord>, Boolean> webinarThenClick = (events) -> events.stream()
			.filter((w) -> w.type() == EventType.WEBINAR_ATTENDED)
			.anyMatch((w) -> events.stream()
				.anyMatch((c) -> c.type() == EventType.EMAIL_CLICK && !c.occurredAt().isBefore(w.occurredAt())
						&& c.occurredAt().isBefore(w.occurredAt().plus(Duration.ofDays(4)))));
		for (CustomerRecord customer : this.book.customers()) {
			assertThat(webinarThenClick.apply(this.timelines.get(customer.externalId())))
				.as("webinar + click for %s (%s)", customer.name(), customer.outcome())
				.isEqualTo(customer.outcome() == Outcome.WON);
		}
	}

	private List<CustomerRecord> withOutcome(Outcome outcome) {
		return this.book.customers().stream().filter((c) -> c.outcome() == outcome).toList();
	}

	private static long count(List<EventRecord> events, EventType type, Instant from, Instant to) {
		return events.stream()
			.filter((e) -> e.type() == type && !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
			.count();
	}

	private static Instant day(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}

package io.signalroom.session.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.signalroom.customer.CustomerLens;
import io.signalroom.session.demo.DemoHistory.Group;
import io.signalroom.session.demo.DemoHistory.Plan;
import io.signalroom.session.demo.DemoHistory.Reading;
import io.signalroom.session.demo.DemoHistory.Run;
import io.signalroom.session.demo.DemoHistory.Vote;
import io.signalroom.session.demo.DemoSessionWriter.ItemRow;
import io.signalroom.session.demo.DemoSessionWriter.ReadingRow;
import io.signalroom.session.demo.DemoSessionWriter.SessionRow;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.stereotype.Component;

/**
 * Turns the {@link DemoHistory} script into sessions of one workspace: dates from today,
 * agenda items that ran their scripted seconds one after the other, and readings that
 * point at the customers' real detected signals.
 */
@Component
class DemoSessionRecorder {

	private final DemoSessionWriter writer;

	private final SignalTaxonomy signals;

	DemoSessionRecorder(DemoSessionWriter writer, SignalTaxonomy signals) {
		this.writer = writer;
		this.signals = signals;
	}

	/**
	 * Writes the weekly series and the one-off workshop; answers the ids of the sessions
	 * that ended, oldest first.
	 * @param customers the demo book's customer ids by external id
	 */
	List<Long> record(long workspaceId, DemoCast cast, Map<String, Long> customers, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Instant seriesPlanned = start(DemoHistory.SERIES_PLANS.get(0), today).minus(Duration.ofDays(3));
		long seriesId = this.writer.series(workspaceId, DemoHistory.SERIES, seriesPlanned);
		List<Long> ended = new ArrayList<>();
		for (Plan plan : DemoHistory.SERIES_PLANS) {
			long id = session(workspaceId, seriesId, plan, cast, customers, today, seriesPlanned);
			if (plan.run() != null) {
				ended.add(id);
			}
		}
		session(workspaceId, null, DemoHistory.WORKSHOP, cast, customers, today, now.minus(Duration.ofDays(1)));
		return ended;
	}

	private long session(long workspaceId, Long seriesId, Plan plan, DemoCast cast, Map<String, Long> customers,
			LocalDate today, Instant createdAt) {
		Instant start = start(plan, today);
		List<ItemRow> agenda = agenda(plan.template(), plan.run(), start);
		List<Long> customerIds = plan.customers().stream().map(customers::get).toList();
		long facilitatorId = cast.facilitator().userId();
		SessionRow session = this.writer.session(workspaceId, seriesId, plan, facilitatorId, start, agenda,
				cast.participants(), customerIds, createdAt);
		if (plan.run() != null) {
			board(workspaceId, session.id(), plan.run(), cast, customers, agenda, session.itemIds());
		}
		return session.id();
	}

	/** The interpretations, dot votes and clusters of a held session. */
	private void board(long workspaceId, long sessionId, Run run, DemoCast cast, Map<String, Long> customers,
			List<ItemRow> agenda, List<Long> itemIds) {
		List<Long> ids = new ArrayList<>();
		for (Reading reading : run.readings()) {
			WorkspaceMember author = cast.member(reading.author());
			long customerId = customers.get(reading.customer());
			Optional<DetectedSignalView> signal = signal(workspaceId, customerId, reading.signalType());
			Long eventId = signal.filter((s) -> reading.onEvent())
				.flatMap((s) -> s.evidenceEventIds().stream().max(Comparator.naturalOrder()))
				.orElse(null);
			ids.add(this.writer.interpretation(workspaceId, sessionId,
					new ReadingRow(author.userId(), author.department(), customerId, eventId,
							signal.map(DetectedSignalView::id).orElse(null), reading.text(), reading.category(),
							reading.confidence(), reading.scorecard(), itemIds.get(reading.item()),
							minutesInto(agenda.get(reading.item()), reading.minute()))));
		}
		Instant voting = minutesInto(agenda.get(2), 9);
		for (int n = 0; n < run.votes().size(); n++) {
			Vote vote = run.votes().get(n);
			this.writer.vote(workspaceId, sessionId, ids.get(vote.reading()), cast.member(vote.voter()).userId(),
					voting.plusSeconds(15L * n));
		}
		for (Group group : run.groups()) {
			this.writer.cluster(workspaceId, sessionId, group.name(), group.readings().stream().map(ids::get).toList(),
					cast.facilitator().userId(), minutesInto(agenda.get(group.item()), group.minute()));
		}
	}

	/** The signal of that type detected on the customer most recently, if any. */
	private Optional<DetectedSignalView> signal(long workspaceId, long customerId, String type) {
		if (type == null) {
			return Optional.empty();
		}
		return this.signals.detectedSignalsFor(workspaceId, customerId, CustomerLens.workspace())
			.stream()
			.filter((s) -> s.signalTypeName().equals(type))
			.max(Comparator.comparing(DetectedSignalView::firedAt));
	}

	/**
	 * The template's items; for a held session each runs its scripted seconds right after
	 * the one before, the first starting the scripted minutes late.
	 */
	private static List<ItemRow> agenda(AgendaTemplate template, Run run, Instant start) {
		List<ItemRow> items = new ArrayList<>();
		Instant at = (run != null) ? start.plus(Duration.ofMinutes(run.lateMinutes())) : null;
		for (int n = 0; n < template.items().size(); n++) {
			AgendaTemplate.Item item = template.items().get(n);
			if (run == null) {
				items.add(new ItemRow(item.title(), item.minutes(), 0, null, null, 0));
				continue;
			}
			int seconds = run.itemSeconds().get(n);
			Instant end = at.plusSeconds(seconds);
			items.add(new ItemRow(item.title(), item.minutes(), run.extraMinutes().get(n), at, end, seconds));
			at = end;
		}
		return items;
	}

	private static Instant start(Plan plan, LocalDate today) {
		return today.plusDays(plan.daysFromToday()).atTime(plan.startsAt()).toInstant(ZoneOffset.UTC);
	}

	private static Instant minutesInto(ItemRow item, int minutes) {
		return item.startedAt().plus(Duration.ofMinutes(minutes)).plusSeconds(17);
	}

}

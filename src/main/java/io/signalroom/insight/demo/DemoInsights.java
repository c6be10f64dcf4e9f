package io.signalroom.insight.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;
import io.signalroom.insight.demo.DemoEvidence.Drawn;
import io.signalroom.insight.demo.DemoInsightWriter.ActionRow;
import io.signalroom.insight.demo.DemoInsightWriter.InsightRow;
import io.signalroom.insight.demo.DemoLessons.Lesson;
import io.signalroom.insight.demo.DemoLessons.Step;
import io.signalroom.session.DemoSessionsCreated;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoard.Entry;
import io.signalroom.session.SessionBoards;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the demo workspace's ended sessions learned ({@link DemoLessons}):
 * insights with evidence from the sessions' boards, their status history, and action
 * items — one done, some open, one overdue — so the insight repository, the action
 * tracker, the opening recap and the wrap-up summaries show a team in practice. Written
 * once, in one transaction after the sessions have committed.
 */
@Component
class DemoInsights {

	/** Insights are recorded while the team plans its actions, the fourth agenda item. */
	private static final int ACTION_PLANNING = 3;

	private static final Logger log = LoggerFactory.getLogger(DemoInsights.class);

	private final SessionBoards boards;

	private final MemberDirectory members;

	private final DemoEvidence evidence;

	private final DemoInsightWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoInsights(SessionBoards boards, MemberDirectory members, DemoEvidence evidence, DemoInsightWriter writer,
			ApplicationEventPublisher events, Clock clock) {
		this.boards = boards;
		this.members = members;
		this.evidence = evidence;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	public void on(DemoSessionsCreated created) {
		seed(created);
	}

	/**
	 * Writes the lessons unless those sessions have insights already; answers how many.
	 */
	@Transactional
	public int seed(DemoSessionsCreated created) {
		long workspaceId = created.workspaceId();
		this.writer.lock(workspaceId);
		if (created.endedSessionIds().isEmpty() || this.writer.anyInsightOf(workspaceId, created.endedSessionIds())) {
			return 0;
		}
		Optional<DemoTeam> team = DemoTeam.of(workspaceId, this.members.activeMembers(workspaceId));
		if (team.isEmpty()) {
			return 0;
		}
		int written = 0;
		int sessions = Math.min(created.endedSessionIds().size(), DemoLessons.BY_SESSION.size());
		for (int n = 0; n < sessions; n++) {
			SessionBoard board = this.boards.read(team.get().facilitatorAsMember(), created.endedSessionIds().get(n));
			List<Lesson> lessons = DemoLessons.BY_SESSION.get(n);
			for (int k = 0; k < lessons.size(); k++) {
				written += lesson(team.get(), board, lessons.get(k), k) ? 1 : 0;
			}
		}
		log.info("Wrote {} demo insights with their action items", written);
		return written;
	}

	private boolean lesson(DemoTeam team, SessionBoard board, Lesson lesson, int position) {
		List<Entry> entries = DemoEvidence.entries(board, lesson.cluster());
		SessionView session = board.session();
		if (entries.isEmpty() || session.endedAt() == null) {
			return false;
		}
		Drawn drawn = this.evidence.from(team.workspaceId(), entries);
		Instant recordedAt = session.agenda().get(ACTION_PLANNING).actualStartedAt().plus(minutes(1 + 2L * position));
		Instant verdictAt = (lesson.verdict() != null)
				? latest(session.endedAt().plus(Duration.ofDays(lesson.verdict().daysAfter()))) : recordedAt;
		InsightStatus status = (lesson.verdict() != null) ? lesson.verdict().to() : InsightStatus.HYPOTHESIS;
		long facilitatorId = team.facilitator().userId();
		long insightId = this.writer.insight(new InsightRow(team.workspaceId(), session.id(), lesson.statement(),
				lesson.category(), status, lesson.testPlan(), drawn.departments(), drawn.signalTypeIds(),
				drawn.segments(), lesson.tags().toArray(String[]::new), facilitatorId, recordedAt, verdictAt,
				(lesson.verdict() != null) ? 1 : 0), drawn.evidence());
		statusChange(team, session, insightId, null, InsightStatus.HYPOTHESIS, null, facilitatorId, recordedAt);
		if (lesson.verdict() != null) {
			statusChange(team, session, insightId, InsightStatus.HYPOTHESIS, status, lesson.verdict().reason(),
					team.manager().userId(), verdictAt);
		}
		for (Step step : lesson.actions()) {
			action(team, session, insightId, drawn.firstCustomerId(), step, recordedAt.plus(minutes(1)));
		}
		return true;
	}

	private void statusChange(DemoTeam team, SessionView session, long insightId, InsightStatus from, InsightStatus to,
			String reason, long by, Instant at) {
		this.writer.statusChange(insightId, from, to, reason, by, at);
		this.events
			.publishEvent(new InsightStatusChanged(team.workspaceId(), insightId, session.id(), from, to, by, at));
	}

	private void action(DemoTeam team, SessionView session, long insightId, Long customerId, Step step,
			Instant createdAt) {
		LocalDate sessionDay = LocalDate.ofInstant(session.endedAt(), ZoneOffset.UTC);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate due = (step.dueFromToday() ? today : sessionDay).plusDays(step.dueDays());
		boolean done = step.outcome() != null;
		Instant closedAt = done ? latest(session.endedAt().plus(Duration.ofDays(step.doneAfterDays()))) : null;
		this.writer.action(new ActionRow(team.workspaceId(), session.id(), session.seriesId(), insightId,
				step.aboutCustomer() ? customerId : null, step.title(), team.id(step.owner()), due,
				done ? ActionStatus.DONE : ActionStatus.OPEN, step.outcome(), team.facilitator().userId(), createdAt,
				closedAt));
	}

	/** A scripted moment, but never in the future. */
	private Instant latest(Instant scripted) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return scripted.isAfter(now) ? now : scripted;
	}

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

}

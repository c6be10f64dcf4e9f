package io.signalroom.playbook;

import java.time.Duration;
import java.time.Instant;

import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the playbook's changelog as insights change: a validated insight is added to the
 * playbook; one that was validated and is refuted or reopened is removed. Runs once the
 * insight's change has committed, in its own transaction, so a failure here never undoes
 * a manager's verdict; a failed entry is written when the event is delivered again (at
 * the next start), and one delivered twice is written once.
 */
@Component
class PlaybookChangelog {

	/** The database keeps microseconds; the event may carry nanoseconds. */
	private static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

	private final PlaybookChanges changes;

	private final InsightDirectory insights;

	PlaybookChangelog(PlaybookChanges changes, InsightDirectory insights) {
		this.changes = changes;
		this.insights = insights;
	}

	@ApplicationModuleListener
	void on(InsightStatusChanged changed) {
		ChangeKind kind = kindOf(changed.from(), changed.to());
		if (kind == null || recorded(changed, kind)) {
			return;
		}
		this.insights.insight(changed.workspaceId(), changed.insightId())
			.ifPresent((insight) -> this.changes
				.save(PlaybookChange.ofInsight(changed.workspaceId(), kind, insight.statement(), changed.insightId(),
						changed.sessionId(), changed.changedBy(), changed.changedAt())));
	}

	private boolean recorded(InsightStatusChanged changed, ChangeKind kind) {
		Instant at = changed.changedAt();
		return this.changes.existsByWorkspaceIdAndInsightIdAndKindAndChangedAtBetween(changed.workspaceId(),
				changed.insightId(), kind, at.minus(STORED_PRECISION), at.plus(STORED_PRECISION));
	}

	/**
	 * Only a move into or out of VALIDATED changes the playbook: a hypothesis that is
	 * refuted was never in it.
	 */
	static ChangeKind kindOf(InsightStatus from, InsightStatus to) {
		if (to == InsightStatus.VALIDATED && from != InsightStatus.VALIDATED) {
			return ChangeKind.INSIGHT_ADDED;
		}
		if (from == InsightStatus.VALIDATED && to != InsightStatus.VALIDATED) {
			return ChangeKind.INSIGHT_REMOVED;
		}
		return null;
	}

}

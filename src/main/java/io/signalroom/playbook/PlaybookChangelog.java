package io.signalroom.playbook;

import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the playbook's changelog as insights change: a validated insight is added to the
 * playbook; one that was validated and is refuted or reopened is removed. Runs once the
 * insight's change has committed, in its own transaction, so a failure here never undoes
 * a manager's verdict.
 */
@Component
class PlaybookChangelog {

	private static final Logger log = LoggerFactory.getLogger(PlaybookChangelog.class);

	private final PlaybookChanges changes;

	private final InsightDirectory insights;

	PlaybookChangelog(PlaybookChanges changes, InsightDirectory insights) {
		this.changes = changes;
		this.insights = insights;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InsightStatusChanged changed) {
		ChangeKind kind = kindOf(changed.from(), changed.to());
		if (kind == null) {
			return;
		}
		try {
			this.insights.insight(changed.workspaceId(), changed.insightId())
				.ifPresent((insight) -> this.changes
					.save(PlaybookChange.ofInsight(changed.workspaceId(), kind, insight.statement(),
							changed.insightId(), changed.sessionId(), changed.changedBy(), changed.changedAt())));
		}
		catch (RuntimeException ex) {
			log.error("Could not record {} of insight {} in the playbook changelog", kind, changed.insightId(), ex);
		}
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

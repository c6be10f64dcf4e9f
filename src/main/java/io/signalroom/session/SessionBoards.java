package io.signalroom.session;

import java.util.List;
import java.util.Map;

import io.signalroom.session.running.Clustering;
import io.signalroom.session.running.DotVoting;
import io.signalroom.session.running.Interpretation;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.session.running.InterpretationTexts;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a session's board for other modules; answers 404 for a session the member may not
 * see, and hides entries of an unrevealed silent round from everyone but their author.
 */
@Service
public class SessionBoards {

	private final InterpretationLog log;

	private final DotVoting voting;

	private final Clustering clustering;

	private final PracticeSessions sessions;

	private final InterpretationTexts texts;

	SessionBoards(InterpretationLog log, DotVoting voting, Clustering clustering, PracticeSessions sessions,
			InterpretationTexts texts) {
		this.log = log;
		this.voting = voting;
		this.clustering = clustering;
		this.sessions = sessions;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public SessionBoard read(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		Map<Long, Long> votes = this.voting.tally(me.workspaceId(), sessionId);
		List<Interpretation> visible = this.log.visibleTo(me, sessionId);
		Map<Long, String> shown = this.texts.shown(session, visible);
		List<SessionBoard.Entry> entries = visible.stream()
			.map((i) -> new SessionBoard.Entry(i.getId(), i.getAuthorId(), i.getDepartment(), i.getCustomerId(),
					i.getTimelineEventId(), i.getDetectedSignalId(), shown.get(i.getId()), i.getCategory(),
					i.getConfidence(), votes.getOrDefault(i.getId(), 0L), i.getCreatedAt()))
			.toList();
		List<SessionBoard.Cluster> clusters = this.clustering.clusters(me.workspaceId(), sessionId)
			.stream()
			.map((c) -> new SessionBoard.Cluster(c.id(), c.name(), List.copyOf(c.interpretationIds())))
			.toList();
		return new SessionBoard(session, entries, clusters);
	}

}

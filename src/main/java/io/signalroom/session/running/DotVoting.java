package io.signalroom.session.running;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dot voting on the board: each participant has {@value #ALLOWANCE} votes per session, at
 * most one per interpretation.
 */
@Service
public class DotVoting {

	public static final int ALLOWANCE = 3;

	private final PracticeSessions sessions;

	private final Interpretations interpretations;

	private final JdbcClient jdbc;

	private final LiveEvents live;

	private final Clock clock;

	DotVoting(PracticeSessions sessions, Interpretations interpretations, JdbcClient jdbc, LiveEvents live,
			Clock clock) {
		this.sessions = sessions;
		this.interpretations = interpretations;
		this.jdbc = jdbc;
		this.live = live;
		this.clock = clock;
	}

	/** Votes for an interpretation the member can see; refused beyond the allowance. */
	@Transactional
	public void vote(CurrentMember me, long sessionId, long interpretationId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!session.isParticipant(me.userId())) {
			throw new AccessDeniedException("Only the session's participants vote");
		}
		if (!session.status().isRunning()) {
			throw new RuleViolation(null, "session.vote.notLive");
		}
		boolean visible = this.interpretations.visibleTo(me.workspaceId(), sessionId, me.userId())
			.stream()
			.anyMatch((i) -> i.getId() == interpretationId);
		if (!visible) {
			throw new NotFoundException("Interpretation");
		}
		// one voter's votes are counted and cast one at a time, so two tabs cannot
		// overspend
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("vote-" + sessionId + "-" + me.userId())
			.query()
			.singleRow();
		Set<Long> mine = votesOf(me, sessionId);
		if (mine.contains(interpretationId)) {
			throw new RuleViolation(null, "session.vote.already");
		}
		if (mine.size() >= ALLOWANCE) {
			throw new RuleViolation(null, "session.vote.allowanceUsed", ALLOWANCE);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into interpretation_vote (workspace_id, session_id, interpretation_id, voter_id, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(me.workspaceId(), sessionId, interpretationId, me.userId(), java.sql.Timestamp.from(now))
			.update();
		this.live.publish(SessionTopics.of(me.workspaceId(), sessionId), SessionTopics.BOARD_CHANGED, "vote");
	}

	/** The interpretations this member voted for in the session. */
	@Transactional(readOnly = true)
	public Set<Long> votesOf(CurrentMember me, long sessionId) {
		return new HashSet<>(this.jdbc.sql(
				"select interpretation_id from interpretation_vote where workspace_id = ? and session_id = ? and voter_id = ?")
			.params(me.workspaceId(), sessionId, me.userId())
			.query(Long.class)
			.list());
	}

	/** Votes per interpretation of the session. */
	@Transactional(readOnly = true)
	public Map<Long, Long> tally(long workspaceId, long sessionId) {
		List<long[]> rows = this.jdbc.sql("""
				select interpretation_id, count(*) from interpretation_vote
				where workspace_id = ? and session_id = ? group by interpretation_id""")
			.params(workspaceId, sessionId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		return rows.stream().collect(Collectors.toMap((r) -> r[0], (r) -> r[1]));
	}

}

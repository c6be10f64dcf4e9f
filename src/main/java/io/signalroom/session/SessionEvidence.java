package io.signalroom.session;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an insight cites from the sessions it came out of, for any member of the
 * workspace.
 * <p>
 * Unlike {@link PracticeSessions} and {@link SessionBoards}, this does not ask whether
 * the reader may see the session: an insight belongs to the whole workspace, so a member
 * who did not attend the session must still be able to follow its evidence trail. It
 * answers only by workspace and id, and only what the trail shows: the interpretation's
 * text, author and department, and the session's focus and pseudonym switch.
 */
@Service
@Transactional(readOnly = true)
public class SessionEvidence {

	private final JdbcClient jdbc;

	SessionEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of the given interpretations that belong to the workspace, by id; ids of
	 * another workspace or of no interpretation are left out.
	 */
	public Map<Long, CitedInterpretation> interpretations(long workspaceId, Collection<Long> ids) {
		Map<Long, CitedInterpretation> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select id, session_id, customer_id, author_id, department, text from interpretation
				where workspace_id = ? and id = any (?)""")
			.params(workspaceId, ids.toArray(Long[]::new))
			.query((rs, n) -> new CitedInterpretation(rs.getLong("id"), rs.getLong("session_id"),
					rs.getLong("customer_id"), rs.getLong("author_id"), Department.valueOf(rs.getString("department")),
					rs.getString("text")))
			.list()
			.forEach((i) -> found.put(i.id(), i));
		return found;
	}

	/**
	 * Those of the given sessions that belong to the workspace, by id; ids of another
	 * workspace or of no session are left out.
	 */
	public Map<Long, SessionHeading> headings(long workspaceId, Collection<Long> sessionIds) {
		Map<Long, SessionHeading> found = new LinkedHashMap<>();
		if (sessionIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql(
				"select id, focus, scheduled_start, anonymize_customers from practice_session where workspace_id = ? and id = any (?)")
			.params(workspaceId, sessionIds.toArray(Long[]::new))
			.query((rs, n) -> new SessionHeading(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getBoolean(4)))
			.list()
			.forEach((s) -> found.put(s.id(), s));
		return found;
	}

	/** An interpretation as an insight's evidence shows it. */
	public record CitedInterpretation(long id, long sessionId, long customerId, long authorUserId,
			Department department, String text) {

	}

	/**
	 * A session as an insight names it; {@code anonymizeCustomers} is its own pseudonym
	 * switch. Every member of the workspace may know a session's focus and date, whether
	 * or not they took part.
	 */
	public record SessionHeading(long id, String focus, java.time.Instant scheduledStart, boolean anonymizeCustomers) {

	}

}

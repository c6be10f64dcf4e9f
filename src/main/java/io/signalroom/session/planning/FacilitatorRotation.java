package io.signalroom.session.planning;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests who facilitates next: of the members who may facilitate (facilitators and
 * admins), the one whose latest session (held or planned, not cancelled) is the oldest;
 * someone who never facilitated comes first.
 */
@Service
public class FacilitatorRotation {

	private final MemberDirectory directory;

	private final JdbcClient jdbc;

	FacilitatorRotation(MemberDirectory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** Candidates in rotation order, the suggestion first. */
	@Transactional(readOnly = true)
	public List<Turn> order(long workspaceId) {
		Map<Long, Instant> latest = new HashMap<>();
		this.jdbc.sql("""
				select facilitator_id, max(scheduled_start) from practice_session
				where workspace_id = ? and status <> 'CANCELLED' group by facilitator_id""")
			.param(workspaceId)
			.query((rs) -> {
				latest.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
			});
		return this.directory.activeMembers(workspaceId)
			.stream()
			.filter(WorkspaceMember::canFacilitate)
			.map((m) -> new Turn(m, latest.get(m.userId())))
			.sorted(Comparator.comparing(Turn::lastFacilitated, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing((t) -> t.member().displayName().toLowerCase()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<WorkspaceMember> suggest(long workspaceId) {
		return order(workspaceId).stream().findFirst().map(Turn::member);
	}

	/** A candidate and when they last facilitated (null: never). */
	public record Turn(WorkspaceMember member, Instant lastFacilitated) {

	}

}

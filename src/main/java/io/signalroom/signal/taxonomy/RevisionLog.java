package io.signalroom.signal.taxonomy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.workspace.CurrentMember;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revisions of signal types: each keeps a snapshot of all fields after the change;
 * the diff against the previous snapshot is what the history shows.
 */
@Component
class RevisionLog {

	private static final TypeReference<LinkedHashMap<String, String>> SNAPSHOT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RevisionLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(SignalType type, Long userId, String who, String reason, Map<String, String> snapshot, Instant at) {
		this.jdbc
			.sql("""
					insert into signal_type_revision (workspace_id, signal_type_id, revision_no, changed_by, changed_by_name,
					                                  changed_at, reason, snapshot)
					select :ws, :type, coalesce(max(revision_no), 0) + 1, cast(:user as bigint), :who, :at, :reason, :snapshot
					from signal_type_revision where signal_type_id = :type""")
			.param("ws", type.getWorkspaceId())
			.param("type", type.getId())
			.param("user", userId)
			.param("who", who)
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("snapshot", this.json.writeValueAsString(snapshot))
			.update();
	}

	void record(SignalType type, CurrentMember me, String reason, Map<String, String> snapshot, Instant at) {
		record(type, me.userId(), me.displayName(), reason, snapshot, at);
	}

	/** Newest first, each with what it changed compared with the one before. */
	List<Revision> of(long workspaceId, long signalTypeId) {
		List<Row> rows = this.jdbc.sql("""
				select revision_no, changed_by_name, changed_at, reason, snapshot from signal_type_revision
				where workspace_id = ? and signal_type_id = ? order by revision_no""")
			.params(workspaceId, signalTypeId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					this.json.readValue(rs.getString(5), SNAPSHOT)))
			.list();
		List<Revision> revisions = new ArrayList<>();
		Map<String, String> previous = Map.of();
		for (Row row : rows) {
			revisions.add(0, new Revision(row.number(), row.who(), row.at(), row.reason(),
					Snapshots.diff(previous, row.snapshot())));
			previous = row.snapshot();
		}
		return revisions;
	}

	/** The latest revision, for an edit conflict: who changed it last and why. */
	Revision latest(long workspaceId, long signalTypeId) {
		List<Revision> all = of(workspaceId, signalTypeId);
		return all.isEmpty() ? null : all.get(0);
	}

	private record Row(int number, String who, Instant at, String reason, Map<String, String> snapshot) {
	}

}

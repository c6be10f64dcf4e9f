package io.signalroom.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the stored events, always by topic and workspace.
 */
@Repository
class LiveEventLog {

	private final JdbcClient jdbc;

	LiveEventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A topic's events after {@code afterId}, oldest first. */
	List<LiveEvent> after(LiveTopic topic, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, name, payload from live_event
				where topic = ? and workspace_id = ? and id > ?
				order by id limit ?""")
			.params(topic.key(), topic.workspaceId(), afterId, limit)
			.query((rs, row) -> new LiveEvent(rs.getLong("id"), topic, rs.getString("name"), rs.getString("payload")))
			.list();
	}

	/** The id of the topic's newest event, or 0 when it has none. */
	long lastId(LiveTopic topic) {
		return this.jdbc.sql("select coalesce(max(id), 0) from live_event where topic = ? and workspace_id = ?")
			.params(topic.key(), topic.workspaceId())
			.query(Long.class)
			.single();
	}

	Optional<LiveEvent> find(LiveTopic topic, long id) {
		return this.jdbc.sql("select name, payload from live_event where id = ? and topic = ? and workspace_id = ?")
			.params(id, topic.key(), topic.workspaceId())
			.query((rs, row) -> new LiveEvent(id, topic, rs.getString("name"), rs.getString("payload")))
			.optional();
	}

	int deleteCreatedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from live_event where created_at < ?").param(Timestamp.from(cutoff)).update();
	}

}

package io.signalroom.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Publishes events to every page following a {@link LiveTopic}, on every app instance.
 * <p>
 * An event is stored in {@code live_event} within the caller's transaction and announced
 * with {@code pg_notify}, which PostgreSQL delivers only when that transaction commits: a
 * rolled-back change is never shown, and a page never shows a change before it is visible
 * in the database. Each instance's {@code PostgresListenBridge} hears the announcement
 * and streams the event to its own subscribers.
 * <p>
 * Publishers of one topic take turns (a transaction-scoped advisory lock on the topic),
 * so a topic's event ids are committed in ascending order and a reconnecting page that
 * asks for everything after id N cannot miss an event committed late with a smaller id.
 * Publish as the last step of a short transaction.
 */
@Service
public class LiveEvents {

	/** Longer payloads are fetched by id instead of riding in the notification. */
	static final int INLINE_PAYLOAD_LIMIT = 7000;

	private final JdbcClient jdbc;

	LiveEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param topic which pages receive it
	 * @param eventName the SSE event name, as in {@code sse-swap="interpretation-added"}
	 * @param payload an HTML fragment for htmx to swap in, or JSON; keep it small
	 * @return the event's id, which is also its SSE id
	 */
	@Transactional
	public long publish(LiveTopic topic, String eventName, String payload) {
		Assert.hasText(eventName, "An event needs a name");
		Assert.isTrue(eventName.length() <= 80 && eventName.chars().noneMatch(Character::isWhitespace),
				"An event name is one word of at most 80 characters");
		Assert.notNull(payload, "An event needs a payload");
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(topic.key()).query().singleRow();
		return this.jdbc
			.sql("""
					with event as (
					    insert into live_event (workspace_id, topic, name, payload) values (:workspace, :topic, :name, :payload)
					    returning id, topic, name, payload)
					select id, pg_notify('signalroom_live', case when octet_length(payload) <= :limit
					        then json_build_object('id', id, 'topic', topic, 'name', name, 'data', payload)
					        else json_build_object('id', id, 'topic', topic) end::text)
					from event""")
			.param("workspace", topic.workspaceId())
			.param("topic", topic.key())
			.param("name", eventName)
			.param("payload", payload)
			.param("limit", INLINE_PAYLOAD_LIMIT)
			.query((rs, row) -> rs.getLong("id"))
			.single();
	}

	/**
	 * As {@link #publish(LiveTopic, String, String)} for
	 * {@code LiveTopic.of(workspaceId, topicName)}.
	 */
	@Transactional
	public long publish(long workspaceId, String topicName, String eventName, String payload) {
		return publish(LiveTopic.of(workspaceId, topicName), eventName, payload);
	}

}

package io.signalroom.live;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.WorkspaceMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class LiveEventsIntegrationTests {

	private static final Duration SECOND = Duration.ofSeconds(1);

	@Autowired
	LiveEvents live;

	@Autowired
	LiveSubscriptions subscriptions;

	@Autowired
	PostgresListenBridge bridge;

	@Autowired
	LiveRetention retention;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	WorkspaceMother workspaces;

	LiveTopic topic;

	@BeforeEach
	void aTopicInAFreshWorkspace(@Autowired ApplicationContext context) {
		this.workspaces = new WorkspaceMother(context);
		this.topic = LiveTopic.of(this.workspaces.workspace().id(), "session-1");
		await().atMost(Duration.ofSeconds(10)).until(this.bridge::isListening);
	}

	@Test
	void aSubscriberReceivesAnEventOnlyOnceItsTransactionCommits() throws Exception {
		RecordingSink sink = subscribe(null);

		this.transactions.executeWithoutResult((status) -> {
			this.live.publish(this.topic, "note-added", "<li>churn risk</li>");
			try {
				assertThat(sink.await(1, Duration.ofMillis(500))).as("delivered before commit").isEmpty();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(sink.await(1, SECOND)).extracting(LiveEvent::name, LiveEvent::payload)
			.containsExactly(tuple("note-added", "<li>churn risk</li>"));
	}

	@Test
	void anEventWhoseTransactionRollsBackIsNeverDelivered() throws Exception {
		RecordingSink sink = subscribe(null);

		this.transactions.executeWithoutResult((status) -> {
			this.live.publish(this.topic, "note-added", "rolled back");
			status.setRollbackOnly();
		});
		this.live.publish(this.topic, "note-added", "committed");

		// notifications arrive in commit order, so once the later one is here the
		// rolled-back one would have been too
		sink.await(1, SECOND);
		Thread.sleep(200);
		assertThat(sink.payloads()).containsExactly("committed");
		assertThat(this.jdbc.sql("select count(*) from live_event where topic = ? and payload = 'rolled back'")
			.param(this.topic.key())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aReturningSubscriberGetsExactlyTheEventsAfterItsLastOneInOrderThenLiveOnes() throws Exception {
		List<Long> ids = publish(5);

		RecordingSink sink = subscribe(ids.get(1));
		long later = this.live.publish(this.topic, "note-added", "later");

		assertThat(sink.await(4, SECOND)).extracting(LiveEvent::id)
			.containsExactly(ids.get(2), ids.get(3), ids.get(4), later);
		Thread.sleep(200);
		assertThat(sink.ids()).hasSize(4);
	}

	@Test
	void aNewSubscriberGetsNoEarlierEvents() throws Exception {
		publish(3);

		RecordingSink sink = subscribe(null);
		long fresh = this.live.publish(this.topic, "note-added", "fresh");

		assertThat(sink.await(1, SECOND)).extracting(LiveEvent::id).containsExactly(fresh);
	}

	@Test
	void eventsOfOtherTopicsAndWorkspacesDoNotArrive() throws Exception {
		RecordingSink sink = subscribe(null);
		this.live.publish(LiveTopic.of(this.topic.workspaceId(), "session-2"), "note-added", "other session");
		this.live.publish(LiveTopic.of(this.workspaces.workspace().id(), "session-1"), "note-added", "other workspace");
		this.live.publish(this.topic, "note-added", "mine");

		sink.await(1, SECOND);
		Thread.sleep(200);
		assertThat(sink.payloads()).containsExactly("mine");
	}

	@Test
	void aPayloadTooLargeForANotificationIsFetchedById() throws Exception {
		RecordingSink sink = subscribe(null);
		String large = "<p>" + "x".repeat(20_000) + "</p>";

		this.live.publish(this.topic, "board-replaced", large);

		assertThat(sink.await(1, SECOND)).extracting(LiveEvent::payload).containsExactly(large);
	}

	@Test
	void eventsCommittedWhileTheListenConnectionIsDownArriveAfterItReconnects() throws Exception {
		RecordingSink sink = subscribe(null);
		this.jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
			.param(PostgresListenBridge.APPLICATION_NAME)
			.query()
			.listOfRows();
		long during = this.live.publish(this.topic, "note-added", "while down");

		await().atMost(Duration.ofSeconds(10)).until(() -> sink.ids().contains(during));
		long after = this.live.publish(this.topic, "note-added", "after");
		assertThat(sink.await(2, SECOND)).extracting(LiveEvent::id).containsExactly(during, after);
	}

	@Test
	void retentionDeletesEventsOlderThanTwoDaysAndKeepsNewerOnes() {
		long old = this.live.publish(this.topic, "note-added", "old");
		long recent = this.live.publish(this.topic, "note-added", "recent");
		this.jdbc.sql("update live_event set created_at = now() - interval '49 hours' where id = ?")
			.param(old)
			.update();

		this.retention.deleteExpired();

		assertThat(this.jdbc.sql("select id from live_event where topic = ? order by id")
			.param(this.topic.key())
			.query(Long.class)
			.list()).containsExactly(recent);
	}

	private RecordingSink subscribe(Long lastEventId) {
		RecordingSink sink = new RecordingSink();
		this.subscriptions.open(this.topic, lastEventId, sink);
		return sink;
	}

	private List<Long> publish(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((n) -> this.live.publish(this.topic, "note-added", "note " + n))
			.toList();
	}

}

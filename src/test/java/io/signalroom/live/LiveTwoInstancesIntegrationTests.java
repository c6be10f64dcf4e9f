package io.signalroom.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.signalroom.live.SseText.Received;
import io.signalroom.support.TestApplication;
import io.signalroom.support.TestDatabase;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one database, as behind a load balancer: what is published on one
 * reaches pages served by the other.
 */
class LiveTwoInstancesIntegrationTests {

	static ConfigurableApplicationContext instanceA;

	static ConfigurableApplicationContext instanceB;

	LiveTopic topic;

	SseClient person;

	@BeforeAll
	static void twoInstancesOnOneDatabase() {
		instanceA = TestApplication.start(new Class<?>[] { TestDatabase.class });
		// B gets A's database by address, so this works for a container as for the
		// embedded server
		JdbcConnectionDetails database = instanceA.getBean(JdbcConnectionDetails.class);
		instanceB = TestApplication.start(new Class<?>[0], "spring.datasource.url=" + database.getJdbcUrl(),
				"spring.datasource.username=" + database.getUsername(),
				"spring.datasource.password=" + database.getPassword());
		assertThat(instanceB.getBeansOfType(TestDatabase.class)).as("B is configured by address only").isEmpty();
	}

	@AfterAll
	static void stopBoth() {
		instanceB.close();
		instanceA.close();
	}

	@BeforeEach
	void aParticipantSignedInOnInstanceB() throws Exception {
		WorkspaceMother workspaces = new WorkspaceMother(instanceA);
		TestWorkspace workspace = workspaces.workspace();
		TestMember participant = workspaces.member(workspace, Role.PARTICIPANT);
		this.topic = LiveTopic.of(workspace.id(), "probe-1");
		this.person = SseClient.signIn(uri(instanceB, "/"), participant.email(), participant.password());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> instanceA.getBean(PostgresListenBridge.class).isListening()
					&& instanceB.getBean(PostgresListenBridge.class).isListening());
	}

	@Test
	void anEventPublishedOnInstanceAArrivesWithinASecondOnStreamsServedByBothInstances() throws Exception {
		SseClient.Stream onB = this.person.follow(uri(instanceB, this.topic.path()), null);
		SseClient.Stream onA = this.person.follow(uri(instanceA, this.topic.path()), null);

		long started = System.nanoTime();
		long id = instanceA.getBean(LiveEvents.class).publish(this.topic, "interpretation-added", "<li>from A</li>");
		List<Received> arrivedOnB = onB.await(1, Duration.ofSeconds(1));
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(arrivedOnB)
			.containsExactly(new Received(Long.toString(id), "interpretation-added", "<li>from A</li>"));
		assertThat(millis).isLessThan(1000);
		assertThat(onA.await(1, Duration.ofSeconds(1))).extracting(Received::eventId).containsExactly(id);
		onA.close();
		onB.close();
	}

	@Test
	void aStreamReconnectingToInstanceBGetsWhatWasPublishedOnInstanceAMeanwhile() throws Exception {
		LiveEvents onA = instanceA.getBean(LiveEvents.class);
		long seen = onA.publish(this.topic, "interpretation-added", "seen");
		long missed1 = onA.publish(this.topic, "interpretation-added", "missed 1");
		long missed2 = onA.publish(this.topic, "interpretation-added", "missed 2");

		SseClient.Stream stream = this.person.follow(uri(instanceB, this.topic.path()), seen);

		assertThat(stream.await(2, Duration.ofSeconds(1))).extracting(Received::eventId)
			.containsExactly(missed1, missed2);
		stream.close();
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create(TestApplication.baseUrl(instance) + path);
	}

}

package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.signalroom.customer.EventType;
import io.signalroom.customer.EventsImported;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.support.IntegrationTest;
import io.signalroom.support.ModuleEvents;
import io.signalroom.support.TestApplication;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener fails after the publisher committed is not lost: it waits in
 * the event publication registry and is delivered again when the app next starts. Runs
 * two app instances one after the other on a database of its own, so the start that
 * redelivers sees no other test's events.
 */
@IntegrationTest
class EventRedeliveryIntegrationTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	JdbcConnectionDetails sharedServer;

	@Autowired
	JdbcClient sharedJdbc;

	String database;

	ConfigurableApplicationContext app;

	@BeforeEach
	void databaseOfItsOwn() {
		this.database = "redelivery_" + UUID.randomUUID().toString().substring(0, 8);
		this.sharedJdbc.sql("create database " + this.database).update();
	}

	@AfterEach
	void dropIt() {
		if (this.app != null) {
			this.app.close();
		}
		this.sharedJdbc.sql("drop database if exists " + this.database + " with (force)").update();
	}

	@Test
	void detectionThatFailedAfterTheImportCommittedRunsOnceWhenTheAppStartsAgain() {
		this.app = start(false);
		SignalFixtures fixtures = this.app.getBean(SignalFixtures.class);
		CurrentMember admin = fixtures.newWorkspace();
		fixtures.retireStarterLibrary(admin);
		long customer = fixtures.customer(admin, "Busy", LifecycleStage.ACTIVE);
		for (int days : new int[] { 1, 2, 3 }) {
			fixtures.event(admin, customer, AS_OF.minus(Duration.ofDays(days)), EventType.LOGIN);
		}
		fixtures.ruleType(admin, "Three logins in a week", DetectionRule.of(threshold(3, 7, EventType.LOGIN)));
		JdbcClient jdbc = this.app.getBean(JdbcClient.class);
		// the database refuses new alerts for now, as if it were briefly unavailable
		jdbc.sql("""
				create function refuse_alerts() returns trigger language plpgsql as
				$$ begin raise exception 'detected_signal is read-only for this test'; end $$""").update();
		jdbc.sql("create trigger refuse_alerts before insert on detected_signal "
				+ "for each row execute function refuse_alerts()")
			.update();

		// as an import does: published in its transaction, detected after the commit
		this.app.getBean(TransactionTemplate.class)
			.executeWithoutResult(
					(tx) -> this.app.publishEvent(new EventsImported(admin.workspaceId(), Set.of(customer))));

		ModuleEvents events = this.app.getBean(ModuleEvents.class);
		await("the failed delivery").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> !events.failed().isEmpty());
		assertThat(events.failed()).singleElement()
			.asString()
			.contains("DetectionTrigger")
			.contains(Long.toString(customer));
		assertThat(alerts(jdbc, customer)).isZero();

		jdbc.sql("drop trigger refuse_alerts on detected_signal").update();
		this.app.close();
		this.app = start(true);

		ModuleEvents afterRestart = this.app.getBean(ModuleEvents.class);
		afterRestart.awaitHandled();
		JdbcClient restarted = this.app.getBean(JdbcClient.class);
		assertThat(afterRestart.failed()).isEmpty();
		assertThat(alerts(restarted, customer)).isOne();
		assertThat(restarted.sql("select count(*) from event_publication where event_type like '%EventsImported'")
			.query(Long.class)
			.single()).as("a finished delivery leaves no trace").isZero();
	}

	private ConfigurableApplicationContext start(boolean redeliverOnStart) {
		String url = this.sharedServer.getJdbcUrl()
			.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + this.database);
		return TestApplication.start(new Class<?>[0], "spring.datasource.url=" + url,
				"spring.datasource.username=" + this.sharedServer.getUsername(),
				"spring.datasource.password=" + this.sharedServer.getPassword(),
				"spring.modulith.events.republish-outstanding-events-on-restart=" + redeliverOnStart);
	}

	private static long alerts(JdbcClient jdbc, long customerId) {
		return jdbc.sql("select count(*) from detected_signal where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

}

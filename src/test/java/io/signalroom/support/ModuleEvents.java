package io.signalroom.support;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the work that events between modules started: an
 * {@code @ApplicationModuleListener} runs on another thread after its publisher's
 * transaction has committed, so a test that acted waits here before it looks at the
 * effects (detection after an import, the playbook's changelog after a verdict, the demo
 * data at startup). Reads Spring Modulith's event publication registry: a publication
 * stays there until its listener has finished, and whatever a listener publishes is
 * recorded before its own publication goes. A failed delivery is not waited for (nothing
 * will retry it before a restart): the test's own assertions then say what is missing.
 */
@Component
public class ModuleEvents {

	/** Generous: the test machine is shared and slow at times. */
	private static final Duration AT_MOST = Duration.ofSeconds(90);

	private final JdbcClient jdbc;

	public ModuleEvents(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Returns once no listener has a delivery still to finish. */
	public void awaitHandled() {
		await("event listeners to finish").atMost(AT_MOST)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> inFlight().isEmpty());
	}

	/** Deliveries published or running but not finished, as {@code listener (status)}. */
	public List<String> inFlight() {
		return this.jdbc.sql("""
				select listener_id || ' (' || coalesce(status, '?') || ')' from event_publication
				where completion_date is null and (status is null or status <> 'FAILED')
				order by publication_date""").query(String.class).list();
	}

	/** Deliveries whose listener threw, as {@code listener: event}. */
	public List<String> failed() {
		return this.jdbc.sql("""
				select listener_id || ': ' || serialized_event from event_publication
				where status = 'FAILED' order by publication_date""").query(String.class).list();
	}

}

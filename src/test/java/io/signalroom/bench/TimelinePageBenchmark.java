package io.signalroom.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.signalroom.customer.TimelinePage;
import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.customer.TestCustomers;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.customer.book.CustomerUpserts;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server time of a timeline page for a customer with 10,000 events, through MockMvc
 * (whole filter chain, controller, SQL and template). Prints median and p95; never fails
 * on a time. Run with
 * {@code ./mvnw -Dtest=TimelinePageBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@Tag("bench")
@IntegrationTest
// MockMvc otherwise renders every request and its model as text, in case a test fails:
// not server time
@TestPropertySource(properties = "spring.test.mockmvc.print=none")
class TimelinePageBenchmark {

	static final int EVENTS = 10_000;

	static final int WARMUP = 30;

	static final int RUNS = 200;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerUpserts upserts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void timelinePageOfACustomerWithTenThousandEvents() throws Exception {
		TestWorkspace workspace = this.workspaces.create();
		String externalId = "bench-" + workspace.tag();
		long id = this.customers.in(workspace.id()).externalId(externalId).named("Benchmark Industries").save();
		EventType[] types = EventType.values();
		Instant start = Instant.parse("2023-01-02T09:00:00Z");
		List<EventRecord> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			// three years of history, a little over nine events a day
			events.add(new EventRecord(externalId, start.plus(i * 157L, ChronoUnit.MINUTES), types[i % types.length],
					null, "web", "Event " + i + " for Benchmark Industries", null, null, externalId + ":" + i));
		}
		this.upserts.insertEvents(workspace.id(), events);
		this.jdbc.sql("analyze timeline_event").update();
		RequestPostProcessor member = this.workspaces.signedIn(workspace.participantEmail());

		for (int i = 0; i < WARMUP; i++) {
			this.mvc.perform(get("/customers/{id}", id).with(member)).andExpect(status().isOk());
		}
		print("GET /customers/{id} (page 1, full page)", measure(id, member, null));
		print("GET /customers/{id}?page=80 (htmx fragment)", measure(id, member, "80"));
		this.jdbc
			.sql("explain analyze select id, occurred_at, type, department, channel, summary, value "
					+ "from timeline_event where workspace_id = ? and customer_id = ? "
					+ "order by occurred_at desc, id desc limit 100 offset 0")
			.params(workspace.id(), id)
			.query(String.class)
			.list()
			.forEach((line) -> System.out.println("  " + line));
	}

	private long[] measure(long id, RequestPostProcessor member, String page) throws Exception {
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			var request = get("/customers/{id}", id).with(member);
			if (page != null) {
				request = request.param("page", page).header("HX-Request", "true");
			}
			long started = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void print(String what, long[] sorted) {
		System.out.printf("%n[bench] %s, %d events, %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
				EVENTS, sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95) - 1] / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}

}

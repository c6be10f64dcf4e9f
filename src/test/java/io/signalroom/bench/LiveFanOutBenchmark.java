package io.signalroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.signalroom.live.LiveEvents;
import io.signalroom.live.LiveTopic;
import io.signalroom.live.SseClient;
import io.signalroom.live.SseText.Received;
import io.signalroom.support.TestApplication;
import io.signalroom.support.TestDatabase;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live fan-out under a session's load: {@value #CONNECTIONS} SSE connections over
 * loopback HTTP to one topic, {@value #RATE} events a second for {@value #SECONDS}
 * seconds (override with {@code -Dbench.connections}, {@code -Dbench.rate},
 * {@code -Dbench.seconds}). Each payload carries the {@code System.nanoTime()} of its
 * publish call, so the client, in this JVM, measures publish-to-arrival per delivery
 * (commit, NOTIFY, LISTEN, fan-out, HTTP). Prints median, p95, p99, max, events lost and
 * doubled, and the heap peak of this JVM (the app and the 200 clients together), sampled
 * every 100 ms. Never fails on a time. Run with
 * {@code ./mvnw -Dtest=LiveFanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@Tag("bench")
class LiveFanOutBenchmark {

	static final int CONNECTIONS = Integer.getInteger("bench.connections", 200);

	static final int RATE = Integer.getInteger("bench.rate", 20);

	static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	@Test
	void twoHundredConnectionsTwentyEventsASecond() throws Exception {
		try (ConfigurableApplicationContext app = TestApplication.start(new Class<?>[] { TestDatabase.class })) {
			run(app);
		}
	}

	private void run(ConfigurableApplicationContext app) throws Exception {
		URI base = URI.create(TestApplication.baseUrl(app));
		WorkspaceMother workspaces = new WorkspaceMother(app);
		TestWorkspace workspace = workspaces.workspace();
		TestMember participant = workspaces.member(workspace, Role.PARTICIPANT);
		LiveTopic topic = LiveTopic.of(workspace.id(), "session-bench");
		LiveEvents live = app.getBean(LiveEvents.class);
		int events = RATE * SECONDS;

		HeapPeak heap = HeapPeak.start();
		Deliveries deliveries = new Deliveries(CONNECTIONS, events);
		List<SseClient.Stream> streams = new ArrayList<>();
		// a few signed-in people, so no single HTTP client carries every connection
		List<SseClient> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			people.add(SseClient.signIn(base, participant.email(), participant.password()));
		}
		for (int c = 0; c < CONNECTIONS; c++) {
			int connection = c;
			streams.add(people.get(c % people.size())
				.follow(base.resolve(topic.path()), null, (event) -> deliveries.arrived(connection, event)));
		}
		System.out.printf("%n%d SSE connections open; publishing %d events a second for %d s%n", CONNECTIONS, RATE,
				SECONDS);

		AtomicInteger published = new AtomicInteger();
		ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
		publisher.scheduleAtFixedRate(() -> {
			int seq = published.get();
			if (seq < events) {
				String payload = "<li class=\"interpretation\" data-seq=\"" + seq + "\" data-t=\"" + System.nanoTime()
						+ "\"><strong>Support</strong> reads churn risk in ticket spike " + seq + "</li>";
				live.publish(topic, "interpretation-added", payload);
				published.incrementAndGet();
			}
		}, 0, 1000 / RATE, TimeUnit.MILLISECONDS);
		long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS + 30).toNanos();
		while (published.get() < events && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		publisher.shutdownNow();
		// let the last events arrive, at most five seconds
		long drain = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (deliveries.count() < (long) CONNECTIONS * published.get() && System.nanoTime() < drain) {
			Thread.sleep(50);
		}
		streams.forEach(SseClient.Stream::close);
		heap.stop();
		deliveries.print(published.get());
		System.out.printf("heap peak (this JVM: app and clients): %d MB of %d MB max%n%n", heap.peak() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	/** Publish-to-arrival times and which connection got which event. */
	static final class Deliveries {

		private final long[] nanos;

		private final AtomicInteger recorded = new AtomicInteger();

		private final boolean[][] seen;

		private final AtomicLong doubled = new AtomicLong();

		Deliveries(int connections, int events) {
			this.nanos = new long[connections * events];
			this.seen = new boolean[connections][events];
		}

		void arrived(int connection, Received event) {
			long now = System.nanoTime();
			int seq = Integer.parseInt(attribute(event.data(), "data-seq"));
			long sent = Long.parseLong(attribute(event.data(), "data-t"));
			// one stream delivers its events one at a time
			if (this.seen[connection][seq]) {
				this.doubled.incrementAndGet();
				return;
			}
			this.seen[connection][seq] = true;
			int slot = this.recorded.getAndIncrement();
			if (slot < this.nanos.length) {
				this.nanos[slot] = now - sent;
			}
		}

		long count() {
			return this.recorded.get();
		}

		void print(int published) {
			int n = Math.min(this.recorded.get(), this.nanos.length);
			long[] sorted = Arrays.copyOf(this.nanos, n);
			Arrays.sort(sorted);
			long expected = (long) this.seen.length * published;
			System.out.printf("events published: %d; deliveries expected %d, received %d, lost %d, doubled %d%n",
					published, expected, n, expected - n, this.doubled.get());
			if (n > 0) {
				System.out.printf("publish-to-arrival: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
						millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[n - 1] / 1e6);
			}
		}

		private static double millis(long[] sorted, double quantile) {
			return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
		}

		private static String attribute(String html, String name) {
			int start = html.indexOf(name + "=\"") + name.length() + 2;
			return html.substring(start, html.indexOf('"', start));
		}

	}

	/** The highest heap use seen, sampled every 100 ms. */
	static final class HeapPeak {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

		static HeapPeak start() {
			HeapPeak heap = new HeapPeak();
			heap.sampler.scheduleAtFixedRate(
					() -> heap.peak.accumulateAndGet(heap.memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 100,
					TimeUnit.MILLISECONDS);
			return heap;
		}

		void stop() {
			this.sampler.shutdownNow();
		}

		long peak() {
			return this.peak.get();
		}

	}

}

package io.signalroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.LearningGoal;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.TestApplication;
import io.signalroom.support.TestDatabase;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A live session end to end: {@value #PARTICIPANTS} participants, each signed in as their
 * own member, follow one session's SSE stream over loopback HTTP while {@value #RATE}
 * interpretations a second are POSTed for {@value #SECONDS} s through the run page's own
 * endpoint (as htmx sends the form), each by one of them in turn. Override with
 * {@code -Dbench.participants}, {@code -Dbench.rate}, {@code -Dbench.seconds}.
 * <p>
 * "Arrival" is the {@code board-changed} SSE event that makes a page re-fetch its board;
 * its payload names the interpretation, so each of the other participants' connections
 * times POST sent → event received. Prints median, p95, p99 and max per delivery, the
 * same for the moment the last of the other connections had it, events lost and doubled,
 * and the heap peak of this JVM (the app and its clients together), sampled every 100 ms.
 * On {@code -Dbench.boardFetchers} connections (default 10) the page's follow-up board
 * fetch is timed as well: doing it on all 200 is what a room of browsers does, 4,000
 * board renders a second. Never fails on a time. Run with
 * {@code ./mvnw test -Pbench -Dtest=LiveSessionBenchmark -DargLine=-Xmx512m}.
 */
@Tag("bench")
class LiveSessionBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("bench.participants", 200);

	static final int RATE = Integer.getInteger("bench.rate", 20);

	static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	static final int BOARD_FETCHERS = Integer.getInteger("bench.boardFetchers", 10);

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@Test
	void twoHundredParticipantsTwentyInterpretationsASecond() throws Exception {
		try (ConfigurableApplicationContext app = TestApplication.start(new Class<?>[] { TestDatabase.class })) {
			run(app);
		}
	}

	private void run(ConfigurableApplicationContext app) throws Exception {
		URI base = URI.create(TestApplication.baseUrl(app));
		SignalFixtures fixtures = app.getBean(SignalFixtures.class);
		CurrentMember admin = fixtures.newWorkspace();
		CurrentMember facilitator = fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		long customer = fixtures.customer(admin, "Acme Bench", LifecycleStage.ACTIVE);
		Department[] departments = Department.values();
		List<CurrentMember> members = new ArrayList<>();
		long started = System.nanoTime();
		for (int p = 0; p < PARTICIPANTS; p++) {
			members.add(fixtures.member(admin, Role.PARTICIPANT, departments[p % departments.length], "P" + p));
		}
		SessionPlanning planning = app.getBean(SessionPlanning.class);
		long sessionId = planning
			.create(facilitator,
					new SessionPlan("Benchmark session", null, LearningGoal.EARLY_CHURN_DETECTION,
							AgendaTemplate.STANDARD, facilitator.userId(), 60,
							members.stream().map((m) -> new Participant(m.userId(), m.department())).toList()),
					Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE)
			.getId();
		planning.addCustomers(facilitator, sessionId, List.of(customer));
		app.getBean(PracticeSessions.class).start(facilitator, sessionId);
		System.out.printf("%n%d participants and a live session made in %d s%n", PARTICIPANTS,
				(System.nanoTime() - started) / 1_000_000_000);

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		started = System.nanoTime();
		List<Person> people = signIn(http, base, members, sessionId);
		System.out.printf("%d participants signed in and opened the run page in %d s%n", people.size(),
				(System.nanoTime() - started) / 1_000_000_000);

		int total = RATE * SECONDS;
		long[] sentAt = new long[total];
		HeapPeak heap = HeapPeak.start();
		URI stream = base.resolve("/live/ws" + admin.workspaceId() + ".session-" + sessionId);
		URI board = base.resolve("/sessions/" + sessionId + "/run/board");
		List<Follower> followers = new ArrayList<>();
		for (int p = 0; p < people.size(); p++) {
			Follower follower = new Follower(p, total, (p < BOARD_FETCHERS) ? board : null, people.get(p), http);
			followers.add(follower);
			follower.open(http, stream);
		}
		System.out.printf("%d SSE connections open; posting %d interpretations a second for %d s%n", followers.size(),
				RATE, SECONDS);

		URI post = base.resolve("/sessions/" + sessionId + "/run/interpretations");
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<CompletableFuture<?>> answers = new ArrayList<>();
		ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
		poster.scheduleAtFixedRate(() -> {
			int seq = sent.get();
			if (seq >= total) {
				return;
			}
			Person author = people.get(seq % people.size());
			String form = "customerId=" + customer + "&about=&category=CHURN_RISK&confidence=3&text="
					+ encode("bench " + seq + ": logins dropped after the champion left") + "&_csrf="
					+ encode(author.csrf());
			sentAt[seq] = System.nanoTime();
			answers.add(http.sendAsync(HttpRequest.newBuilder(post)
				.header("Cookie", author.cookie())
				.header("HX-Request", "true")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
					if (error != null || response.statusCode() != 200) {
						refused.incrementAndGet();
					}
				}));
			sent.incrementAndGet();
		}, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
		long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS + 30).toNanos();
		while (sent.get() < total && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		poster.shutdown();
		poster.awaitTermination(5, TimeUnit.SECONDS);
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		// let the last events arrive, at most five seconds
		long drain = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		long expected = (long) sent.get() * people.size();
		while (followers.stream().mapToLong(Follower::count).sum() < expected && System.nanoTime() < drain) {
			Thread.sleep(50);
		}
		followers.forEach(Follower::close);
		heap.stop();

		Map<Long, Integer> seqById = new HashMap<>();
		app.getBean(JdbcClient.class)
			.sql("select id, text from interpretation where session_id = ?")
			.param(sessionId)
			.query((rs, n) -> seqById.put(rs.getLong(1), Integer.parseInt(rs.getString(2).split("[ :]")[1])))
			.list();
		report(sent.get(), refused.get(), seqById, sentAt, followers, people.size(), heap);
	}

	private static void report(int sent, int refused, Map<Long, Integer> seqById, long[] sentAt,
			List<Follower> followers, int participants, HeapPeak heap) {
		long[] perDelivery = new long[sent * participants];
		long[] lastArrival = new long[sent];
		int[] deliveries = new int[sent];
		int n = 0;
		long doubled = 0;
		long foreign = 0;
		List<Long> boards = new ArrayList<>();
		for (Follower follower : followers) {
			boolean[] seen = new boolean[sent];
			for (int e = 0; e < follower.count(); e++) {
				Integer seq = seqById.get(follower.ids[e]);
				if (seq == null || seq >= sent) {
					foreign++;
					continue;
				}
				if (seq % participants == follower.index) {
					continue; // the author's own page
				}
				if (seen[seq]) {
					doubled++;
					continue;
				}
				seen[seq] = true;
				long latency = follower.arrivals[e] - sentAt[seq];
				perDelivery[n++] = latency;
				lastArrival[seq] = Math.max(lastArrival[seq], latency);
				deliveries[seq]++;
			}
			boards.addAll(follower.boardFetches);
		}
		long stored = seqById.size();
		long expected = stored * (participants - 1);
		System.out.printf("%ninterpretations posted %d, refused %d, stored %d%n", sent, refused, stored);
		System.out.printf("deliveries to the other %d connections: expected %d, received %d, lost %d, doubled %d,"
				+ " unrelated %d%n", participants - 1, expected, n, expected - n, doubled, foreign);
		print("POST sent -> SSE event on one other connection", Arrays.copyOf(perDelivery, n));
		print("POST sent -> SSE event on all other connections",
				java.util.stream.IntStream.range(0, sent)
					.filter((seq) -> deliveries[seq] == participants - 1)
					.mapToLong((seq) -> lastArrival[seq])
					.toArray());
		if (!boards.isEmpty()) {
			print("SSE event -> board re-fetched (on " + BOARD_FETCHERS + " connections)",
					boards.stream().mapToLong(Long::longValue).toArray());
		}
		System.out.printf("heap peak (this JVM: app and clients): %d MB of %d MB max%n%n", heap.peak() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	private static void print(String what, long[] nanos) {
		if (nanos.length == 0) {
			System.out.printf("%s: nothing measured%n", what);
			return;
		}
		Arrays.sort(nanos);
		System.out.printf("%s: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)%n", what,
				millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
				nanos.length);
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
	}

	/**
	 * Signs every member in through the login form, four at a time (password hashing is
	 * the slow part), and reads the run page's CSRF token as htmx would.
	 */
	private static List<Person> signIn(HttpClient http, URI base, List<CurrentMember> members, long sessionId)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<Person>> signing = new ArrayList<>();
			for (CurrentMember member : members) {
				signing.add(pool.submit(() -> Person.signIn(http, base, member.email(), sessionId)));
			}
			List<Person> people = new ArrayList<>();
			for (java.util.concurrent.Future<Person> person : signing) {
				people.add(person.get(2, TimeUnit.MINUTES));
			}
			return people;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A signed-in participant: their session cookie and CSRF token. */
	record Person(String cookie, String csrf) {

		static Person signIn(HttpClient http, URI base, String email, long sessionId) throws Exception {
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF_FIELD.matcher(login.body());
			if (!token.find()) {
				throw new IllegalStateException("No CSRF token on the login page");
			}
			String body = "email=" + encode(email) + "&password=" + encode(SignalFixtures.PASSWORD) + "&_csrf="
					+ encode(token.group(1));
			HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
				.header("Cookie", cookie(login))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (signedIn.statusCode() != 302) {
				throw new IllegalStateException("Sign-in failed for " + email + ": " + signedIn.statusCode());
			}
			// the session id changes on sign-in
			String cookie = cookie(signedIn).isEmpty() ? cookie(login) : cookie(signedIn);
			HttpResponse<String> page = http
				.send(HttpRequest.newBuilder(base.resolve("/sessions/" + sessionId + "/run"))
					.header("Cookie", cookie)
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF_META.matcher(page.body());
			if (page.statusCode() != 200 || !csrf.find()) {
				throw new IllegalStateException("No run page for " + email + ": " + page.statusCode());
			}
			return new Person(cookie, csrf.group(1));
		}

		private static String cookie(HttpResponse<?> response) {
			return String.join("; ",
					response.headers().allValues("Set-Cookie").stream().map((c) -> c.split(";", 2)[0]).toList());
		}

	}

	/**
	 * One participant's page: an SSE connection that notes which interpretation each
	 * {@code board-changed} event names and when it came; on a board fetcher, the board
	 * is fetched after each event, as htmx does.
	 */
	static final class Follower implements Flow.Subscriber<String> {

		final int index;

		final long[] ids;

		final long[] arrivals;

		final ConcurrentLinkedQueue<Long> boardFetches = new ConcurrentLinkedQueue<>();

		private final AtomicInteger received = new AtomicInteger();

		private final URI board;

		private final Person person;

		private final HttpClient http;

		private final CountDownLatch opened = new CountDownLatch(1);

		private final AtomicLong pendingSince = new AtomicLong();

		private String event;

		private Flow.Subscription subscription;

		Follower(int index, int capacity, URI board, Person person, HttpClient http) {
			this.index = index;
			this.ids = new long[capacity + 100];
			this.arrivals = new long[capacity + 100];
			this.board = board;
			this.person = person;
			this.http = http;
		}

		void open(HttpClient http, URI stream) throws InterruptedException {
			http.sendAsync(HttpRequest.newBuilder(stream)
				.header("Accept", "text/event-stream")
				.header("Cookie", this.person.cookie())
				.build(), HttpResponse.BodyHandlers.fromLineSubscriber(this));
			if (!this.opened.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Stream " + this.index + " did not open");
			}
		}

		int count() {
			return Math.min(this.received.get(), this.ids.length);
		}

		void close() {
			if (this.subscription != null) {
				this.subscription.cancel();
			}
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (line.startsWith(":following ")) {
				this.opened.countDown();
			}
			else if (line.startsWith("event:")) {
				this.event = line.substring(6).strip();
			}
			else if (line.startsWith("data:") && "board-changed".equals(this.event)) {
				String data = line.substring(5).strip();
				if (data.startsWith("interpretation-")) {
					int slot = this.received.getAndIncrement();
					if (slot < this.ids.length) {
						this.ids[slot] = Long.parseLong(data.substring("interpretation-".length()));
						this.arrivals[slot] = now;
					}
					fetchBoard(now);
				}
			}
			else if (line.isEmpty()) {
				this.event = null;
			}
		}

		/** As htmx on the page: one board fetch at a time, the latest event wins. */
		private void fetchBoard(long eventAt) {
			if (this.board == null || !this.pendingSince.compareAndSet(0, eventAt)) {
				return;
			}
			this.http
				.sendAsync(HttpRequest.newBuilder(this.board).header("Cookie", this.person.cookie()).build(),
						HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, error) -> {
					if (error == null && response.statusCode() == 200) {
						this.boardFetches.add(System.nanoTime() - this.pendingSince.get());
					}
					this.pendingSince.set(0);
				});
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
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

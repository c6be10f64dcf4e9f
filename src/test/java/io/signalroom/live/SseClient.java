package io.signalroom.live;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.signalroom.live.SseText.Received;

/**
 * A person's HTTP client against a running app: signs in through the login form (with its
 * CSRF token) and follows live topics over real {@code text/event-stream} connections.
 * The session lives in the database, so it is good on every instance.
 */
public final class SseClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http;

	private SseClient(HttpClient http) {
		this.http = http;
	}

	public static SseClient signIn(URI app, String email, String password) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String form = http
			.send(HttpRequest.newBuilder(app.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<Void> login = http.send(HttpRequest.newBuilder(app.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || !URI.create(location).getPath().equals("/")) {
			throw new IllegalStateException("Sign-in failed: " + login.statusCode() + " to " + location);
		}
		return new SseClient(http);
	}

	/**
	 * Opens a stream and waits until the server has accepted it.
	 * @param lastEventId sent as {@code Last-Event-ID}, or null
	 * @param onEvent called on the client's threads for each event as it completes
	 */
	public Stream follow(URI url, Long lastEventId, Consumer<Received> onEvent) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId.toString());
		}
		Stream stream = new Stream(onEvent);
		this.http.sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(stream));
		if (!stream.opened.await(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The stream at " + url + " did not open");
		}
		return stream;
	}

	public Stream follow(URI url, Long lastEventId) throws InterruptedException {
		return follow(url, lastEventId, (event) -> {
		});
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One open event stream. */
	public static final class Stream implements Flow.Subscriber<String> {

		private final SseText reader = new SseText();

		private final List<Received> received = new CopyOnWriteArrayList<>();

		private final CountDownLatch opened = new CountDownLatch(1);

		private final Consumer<Received> onEvent;

		private Flow.Subscription subscription;

		Stream(Consumer<Received> onEvent) {
			this.onEvent = onEvent;
		}

		public List<Received> received() {
			return List.copyOf(this.received);
		}

		/** Waits at most {@code limit} for {@code count} events. */
		public List<Received> await(int count, Duration limit) throws InterruptedException {
			long deadline = System.nanoTime() + limit.toNanos();
			while (this.received.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			return received();
		}

		public void close() {
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
			if (line.startsWith(":following ")) {
				this.opened.countDown();
			}
			Received event = this.reader.line(line);
			if (event != null) {
				this.received.add(event);
				this.onEvent.accept(event);
			}
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

	}

}

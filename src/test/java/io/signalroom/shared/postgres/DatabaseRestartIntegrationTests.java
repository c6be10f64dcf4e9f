package io.signalroom.shared.postgres;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.signalroom.support.OwnEmbeddedDatabase;
import io.signalroom.support.TestApplication;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole app over HTTP while its embedded server is down: pages and the API answer 503
 * "the database is restarting" instead of hanging, readiness says why, liveness breaks
 * only while the server cannot be brought back, and once it is back the same signed-in
 * person's pages work again.
 */
class DatabaseRestartIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(120);

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** Health probes come without a session. */
	final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	String base;

	@Test
	void pagesSayTheDatabaseIsRestartingWhileItIsDownAndWorkAgainOnceTheSupervisorBroughtItBack() throws Exception {
		try (OwnEmbeddedDatabase database = new OwnEmbeddedDatabase();
				ConfigurableApplicationContext app = database.startApp()) {
			this.base = TestApplication.baseUrl(app);
			WorkspaceMother workspaces = new WorkspaceMother(app);
			TestMember admin = workspaces.member(workspaces.workspace(), Role.ADMIN);
			signIn(admin.email(), admin.password());
			assertThat(get("/imports").statusCode()).isEqualTo(200);

			EmbeddedPostgres server = app.getBean(EmbeddedPostgres.class);
			Path data = server.dataDirectory();
			// every restart fails while the server's account cannot enter its data
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
			try {
				ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly();

				await().atMost(WITHIN).ignoreExceptions().until(() -> get("/imports").statusCode() == 503);
				HttpResponse<String> page = get("/imports");
				assertThat(page.body()).contains("The database is restarting");
				assertThat(page.headers().firstValue("Retry-After")).contains("5");
				HttpResponse<String> api = get("/api/v1/customers");
				assertThat(api.statusCode()).isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type").orElseThrow())
					.startsWith("application/problem+json");
				HttpResponse<String> readiness = probe("/actuator/health/readiness");
				assertThat(readiness.statusCode()).isEqualTo(503);
				assertThat(readiness.body()).contains("\"embeddedPostgres\"").contains("\"reason\"");

				await().atMost(WITHIN)
					.ignoreExceptions()
					.until(() -> probe("/actuator/health/liveness").statusCode() == 503);
			}
			finally {
				Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
			}

			await().atMost(WITHIN).ignoreExceptions().until(() -> get("/imports").statusCode() == 200);
			assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(app.getBean(EmbeddedPostgresSupervisor.class).restarts()).isEqualTo(1);
		}
	}

	private void signIn(String email, String password) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get("/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> probe(String path) throws IOException, InterruptedException {
		return this.probe.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

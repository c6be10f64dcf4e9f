package io.signalroom.customer.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Duration;

import io.signalroom.customer.TestWorkspaces;
import io.signalroom.browser.support.Browser;
import io.signalroom.support.OwnEmbeddedDatabase;
import io.signalroom.support.TestApplication;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person watching an import's progress page while the database dies under the import:
 * the page says the server cannot be reached, keeps trying, and once the database is back
 * shows the failed import with a retry that imports the file.
 */
class ImportProgressBrowserTests {

	static final Duration WITHIN = Duration.ofSeconds(120);

	final OwnEmbeddedDatabase database = new OwnEmbeddedDatabase();

	ConfigurableApplicationContext app;

	Browser browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.driver().quit();
		}
		if (this.app != null) {
			this.app.close();
		}
		this.database.close();
	}

	@Test
	void theProgressPageSaysTheServerIsUnreachableAndRecoversByItselfOfferingARetry() throws Exception {
		this.app = this.database.startApp();
		ImportFaultTests.Instance instance = new ImportFaultTests.Instance(this.app);
		CurrentMember me = instance.workspaceWithCustomers();
		Path csv = Files.createTempFile("progress-events-", ".csv");
		Files.writeString(csv, "event_id,customer_id,occurred_at,feature\n"
				+ "E-1,C-1,2024-03-01 10:00:00,export\nE-2,C-2,2024-03-02 10:00:00,export\n");
		long job = instance.checkedJob(me, csv, 2);
		Files.delete(csv);

		this.browser = Browser.startOn(TestApplication.baseUrl(this.app));
		this.browser.login(me.email(), TestWorkspaces.PASSWORD);
		Path data = instance.server.dataDirectory();
		Connection blocker = instance.lockTimeline();
		try {
			instance.imports.startImport(me, job);
			instance.awaitInsertWaitingForLock();
			this.browser.open("/imports/" + job);
			assertThat(this.browser.testId("progress").getText()).contains("Importing");

			// the server dies and cannot come back for now
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
			instance.killServer();
			until((d) -> this.browser.testId("unreachable").isDisplayed());
			assertThat(this.browser.testId("unreachable").getText()).contains("cannot be reached");
		}
		finally {
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
			ImportFaultTests.Instance.closeQuietly(blocker);
		}

		// back: the page reloads itself with the failed import and its retry
		until((d) -> !this.browser.findAll(Browser.byTestId("retry")).isEmpty());
		assertThat(this.browser.testId("failure").getText()).contains("nothing was imported");
		this.browser.clickAndWaitForPage(this.browser.testId("retry"));
		until((d) -> !this.browser.findAll(Browser.byTestId("import-valid")).isEmpty());
		this.browser.clickAndWaitForPage(this.browser.testId("import-valid"));
		until((d) -> !this.browser.findAll(Browser.byTestId("imported")).isEmpty());
		assertThat(this.browser.testId("imported").getText()).isEqualTo("2");
	}

	private void until(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser.driver(), WITHIN).until(condition);
	}

}

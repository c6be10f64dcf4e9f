package io.signalroom.customer.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import io.signalroom.customer.TestWorkspaces;
import io.signalroom.shared.RuleViolation;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What happens to imports that fail or wait too long: a job states what its data is,
 * failed jobs are retried or discarded from their page, and neither staged rows nor
 * uploaded files outlive their use.
 */
@IntegrationTest
class ImportRecoveryIntegrationTests {

	@Autowired
	Imports imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportCleanup cleanup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	MockMvc mvc;

	@Test
	void checkedRowsThatWentMissingImportNothingAndARetryFromThePageImportsTheFile() throws Exception {
		CurrentMember me = withCustomers();
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS);
		// as crash recovery did to the unlogged staging tables of old
		this.jdbc.sql("delete from import_staged_event where job_id = ?").param(job.id()).update();

		ImportJob failed = write(job);

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.errorMessage())
			.isEqualTo("The checked rows were lost (0 of 2 left), so nothing was imported. Check the file again.");
		assertThat(failed.rowsImported()).isZero();
		assertThat(failed.rowsExisting()).as("never 'stored before' for rows that are not there").isZero();
		assertThat(this.workspaces.count("timeline_event", me.workspaceId())).isZero();

		Cookie session = signIn(me);
		this.mvc.perform(get("/imports/" + job.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The checked rows were lost")))
			.andExpect(content().string(containsString("Check the file again")))
			.andExpect(content().string(containsString("data-testid=\"discard\"")));
		Cookie stranger = signIn(this.workspaces.freshAdmin());
		this.mvc.perform(post("/imports/" + job.id() + "/retry").with(csrf()).cookie(stranger))
			.andExpect(status().isNotFound());

		this.mvc.perform(post("/imports/" + job.id() + "/retry").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/imports/" + job.id()));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.jobs.get(job.id()).status() == ImportStatus.VALIDATED);
		ImportJob imported = write(this.jobs.get(job.id()));
		assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(imported.rowsImported()).isEqualTo(2);
		assertThat(this.workspaces.count("timeline_event", me.workspaceId())).isEqualTo(2);
	}

	@Test
	void discardingAFailedJobDeletesItsStagedRowsAndItsFile() throws Exception {
		CurrentMember me = withCustomers();
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS);
		failedByAnOlderVersion(job);
		Cookie session = signIn(me);

		this.mvc.perform(post("/imports/" + job.id() + "/discard").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/imports"));

		assertThat(this.jobs.get(job.id()).status()).isEqualTo(ImportStatus.DISCARDED);
		assertThat(stagedRows(job)).isZero();
		assertThat(job.file()).doesNotExist();
		assertThatThrownBy(() -> this.imports.retry(me, job.id())).isInstanceOf(RuleViolation.class)
			.hasMessage("import.error.notRetryable");
	}

	@Test
	void theCleanUpDeletesStagedRowsNoJobWillImport() throws Exception {
		CurrentMember me = withCustomers();
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS);
		failedByAnOlderVersion(job);
		assertThat(stagedRows(job)).as("rows that converted, S-X4 did not").isEqualTo(3);

		this.cleanup.cleanUp();

		assertThat(stagedRows(job)).isZero();
		assertThat(job.file()).as("kept for a retry").exists();
	}

	@Test
	void theFileGoesWithTheImportUnlessItsRejectedRowsMayStillBeDownloadedForADay() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		ImportJob clean = write(checked(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS));
		assertThat(clean.rowsRejected()).isZero();
		assertThat(clean.file()).doesNotExist();

		ImportJob withRejections = write(checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS));
		assertThat(withRejections.file()).exists();
		Cookie session = signIn(me);
		this.mvc.perform(get("/imports/" + withRejections.id() + "/rejected.csv").cookie(session))
			.andExpect(status().isOk());

		Files.setLastModifiedTime(withRejections.file(), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		this.cleanup.cleanUp();

		assertThat(withRejections.file()).doesNotExist();
		this.mvc.perform(get("/imports/" + withRejections.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be downloaded")))
			.andExpect(content().string(not(containsString("rejected.csv"))));
		this.mvc.perform(get("/imports/" + withRejections.id() + "/rejected.csv").cookie(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void anImportLeftUndecidedForADayIsDiscardedWithItsFileAndStagedRows() throws Exception {
		CurrentMember me = withCustomers();
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS);
		this.jdbc.sql("update import_job set updated_at = now() - interval '25 hours' where id = ?")
			.param(job.id())
			.update();
		Files.setLastModifiedTime(job.file(), FileTime.from(Instant.now().minus(Duration.ofHours(25))));

		this.cleanup.cleanUp();

		ImportJob expired = this.jobs.get(job.id());
		assertThat(expired.status()).isEqualTo(ImportStatus.DISCARDED);
		assertThat(expired.errorMessage()).startsWith("Discarded after waiting a day");
		assertThat(stagedRows(job)).isZero();
		assertThat(job.file()).doesNotExist();
	}

	@Test
	void anImportedJobIsNeitherRetriedNorDiscarded() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		ImportJob job = write(checked(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS));

		assertThatThrownBy(() -> this.imports.retry(me, job.id())).isInstanceOf(RuleViolation.class)
			.hasMessage("import.error.notRetryable");
		assertThatThrownBy(() -> this.imports.discard(me, job.id())).isInstanceOf(RuleViolation.class)
			.hasMessage("import.error.notDiscardable");
		assertThat(this.jobs.get(job.id()).status()).isEqualTo(ImportStatus.IMPORTED);
	}

	private CurrentMember withCustomers() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		write(checked(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS));
		return me;
	}

	private ImportJob checked(CurrentMember me, String resource, ImportTarget target) throws Exception {
		long id;
		try (InputStream in = new ClassPathResource("import/" + resource).getInputStream()) {
			id = this.imports.upload(me, resource, in);
		}
		ImportJob job = this.imports.job(me, id);
		Imports.Sample sample = this.imports.sample(job, 100);
		this.imports.map(job, MappingSuggestion.suggest(target, resource, sample.header(), sample.rows()));
		assertThat(this.jobs.move(id, ImportStatus.UPLOADED, ImportStatus.VALIDATING)).isTrue();
		this.imports.validate(id);
		ImportJob checked = this.jobs.get(id);
		assertThat(checked.status()).as(String.valueOf(checked.errorMessage())).isEqualTo(ImportStatus.VALIDATED);
		return checked;
	}

	private ImportJob write(ImportJob job) {
		assertThat(this.jobs.move(job.id(), ImportStatus.VALIDATED, ImportStatus.IMPORTING)).isTrue();
		this.imports.write(job.id());
		return this.jobs.get(job.id());
	}

	/** Older versions failed jobs and left their staged rows behind. */
	private void failedByAnOlderVersion(ImportJob job) {
		this.jdbc
			.sql("update import_job set status = 'FAILED', error_message = 'Interrupted by a server restart' "
					+ "where id = ?")
			.param(job.id())
			.update();
	}

	private long stagedRows(ImportJob job) {
		return this.jdbc.sql("select count(*) from import_staged_event where job_id = ?")
			.param(job.id())
			.query(Long.class)
			.single();
	}

	private Cookie signIn(CurrentMember member) throws Exception {
		return this.mvc
			.perform(formLogin("/login").userParameter("email").user(member.email()).password(TestWorkspaces.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}

package io.signalroom.customer.importing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import io.signalroom.customer.EventType;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportFlowIntegrationTests {

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	Imports imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportGivesRowAndColumnOfABadDateABadNumberAndAnUnknownCustomer() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		importAll(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS);
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS, UnaryOperator.identity());

		assertThat(job.rowsRead()).isEqualTo(4);
		assertThat(job.rowsValid()).isEqualTo(2);
		assertThat(job.rowsRejected()).isEqualTo(2);
		assertThat(this.reports.first(job, 10)).containsExactly(
				new Problem(4, "account_id", Problem.Code.UNKNOWN_CUSTOMER, "A-NOPE"),
				new Problem(5, "mrr_amount", Problem.Code.BAD_NUMBER, "\"lots\""),
				new Problem(5, "start_date", Problem.Code.BAD_DATE, "2024-13-45"));
	}

	@Test
	void duplicateRowsAreReportedAndFeatureUsageFindsCustomersThroughSubscriptions() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		importAll(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS);
		importValid(checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS, UnaryOperator.identity()));

		ImportJob usage = checked(me, "ravenstack_feature_usage.csv", ImportTarget.EVENTS, UnaryOperator.identity());
		assertThat(this.reports.first(usage, 10)).containsExactly(
				new Problem(4, "usage_id", Problem.Code.DUPLICATE, "2"),
				new Problem(5, "subscription_id", Problem.Code.UNKNOWN_CUSTOMER, "S-X9"));
		importValid(usage);

		List<String> owners = this.jdbc.sql("""
				select c.external_id from timeline_event e join customer c on c.id = e.customer_id
				where e.workspace_id = ? and e.type = 'FEATURE_USED' order by e.source_key""")
			.param(me.workspaceId())
			.query(String.class)
			.list();
		assertThat(owners).containsExactly("A-X1", "A-X2");
	}

	@Test
	void importingTheSameFilesTwiceLeavesTheSameCounts() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		for (int round = 0; round < 2; round++) {
			ImportJob customers = importValid(
					checked(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS, UnaryOperator.identity()));
			ImportJob events = importValid(
					checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS, UnaryOperator.identity()));
			assertThat(this.workspaces.count("customer", me.workspaceId())).isEqualTo(3);
			assertThat(this.workspaces.count("timeline_event", me.workspaceId())).isEqualTo(2);
			// the job says what happened: new the first time, already there the second
			assertThat(customers.rowsImported()).isEqualTo(3);
			assertThat(customers.rowsNew()).isEqualTo((round == 0) ? 3 : 0);
			assertThat(customers.rowsExisting()).isEqualTo((round == 0) ? 0 : 3);
			assertThat(events.rowsNew()).isEqualTo((round == 0) ? 2 : 0);
			assertThat(events.rowsExisting()).isEqualTo((round == 0) ? 0 : 2);
		}
		assertThat(this.jdbc.sql(
				"select outcome || '/' || lifecycle_stage from customer where workspace_id = ? and external_id = 'A-X2'")
			.param(me.workspaceId())
			.query(String.class)
			.single()).as("a churned outcome puts the customer in the churned stage").isEqualTo("CHURNED/CHURNED");
	}

	@Test
	void churnedEventsForCustomersNotMarkedChurnedAreNotedBeforeImporting() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		importAll(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS);
		ImportJob churn = checked(me, "ravenstack_churn_events.csv", ImportTarget.EVENTS, UnaryOperator.identity());
		assertThat(churn.mapping().fixedType()).isEqualTo(EventType.CHURNED);

		ImportReports.ChurnNote note = this.reports.churnNote(churn);
		// A-X2 is churned by its flag; A-X1 (two events) and A-X3 are not
		assertThat(note.events()).isEqualTo(3);
		assertThat(note.customers()).isEqualTo(2);
		assertThat(note.examples()).containsExactly("A-X1", "A-X3");
		assertThat(churn.rowsRejected()).as("a note, not a rejection").isZero();

		ImportJob subscriptions = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS,
				UnaryOperator.identity());
		assertThat(this.reports.churnNote(subscriptions)).isNull();
	}

	@Test
	void importingNothingLeavesNoRows() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		importAll(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS);
		ImportJob job = checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS, UnaryOperator.identity());

		this.imports.discard(me, job.id());

		assertThat(this.workspaces.count("timeline_event", me.workspaceId())).isZero();
		assertThat(this.jdbc.sql("select count(*) from import_staged_event where job_id = ?")
			.param(job.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.imports.job(me, job.id()).status()).isEqualTo(ImportStatus.DISCARDED);
	}

	@Test
	void importingValidRowsImportsExactlyThemAndTheRejectedCsvGivesTheReasons() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		importAll(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS);
		ImportJob job = importValid(
				checked(me, "ravenstack_subscriptions.csv", ImportTarget.EVENTS, UnaryOperator.identity()));

		assertThat(job.rowsImported()).isEqualTo(2);
		assertThat(this.jdbc.sql("select source_key from timeline_event where workspace_id = ? order by 1")
			.param(me.workspaceId())
			.query(String.class)
			.list()).containsExactly("S-X1", "S-X2");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.reports.writeRejected(job, out, Locale.ENGLISH);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).endsWith(",reason");
		assertThat(lines.get(1)).startsWith("S-X3,A-NOPE").contains("no customer \u201CA-NOPE\u201D");
		assertThat(lines.get(2)).startsWith("S-X4")
			.contains("mrr_amount: not a number")
			.contains("start_date: not a date");
	}

	@Test
	void telcoBlankTotalChargesIsReportedAndYesBecomesChurned() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		ImportJob job = checked(me, "telco_customer_churn.csv", ImportTarget.CUSTOMERS, (mapping) -> {
			List<ColumnMapping> columns = mapping.columns()
				.stream()
				.map((c) -> c.header().equals("TotalCharges")
						? new ColumnMapping(c.header(), ImportField.REVENUE, null, null)
						: c.header().equals("MonthlyCharges") ? ColumnMapping.ignore(c.header()) : c)
				.toList();
			return new ImportMapping(mapping.target(), columns, null, null);
		});
		assertThat(this.reports.first(job, 10))
			.containsExactly(new Problem(4, "TotalCharges", Problem.Code.BAD_NUMBER, "\" \""));
		importValid(job);
		assertThat(this.jdbc
			.sql("select external_id || ':' || coalesce(outcome, '-') from customer where workspace_id = ? order by 1")
			.param(me.workspaceId())
			.query(String.class)
			.list()).containsExactly("3668-QPYBK:CHURNED", "5575-GNVDE:-", "7590-VHVEG:-");
	}

	@Test
	void aJobOfAnotherWorkspaceIsNotFound() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		CurrentMember other = this.workspaces.freshAdmin();
		ImportJob job = checked(me, "ravenstack_accounts.csv", ImportTarget.CUSTOMERS, UnaryOperator.identity());
		assertThatThrownBy(() -> this.imports.job(other, job.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.discard(other, job.id())).isInstanceOf(NotFoundException.class);
	}

	private void importAll(CurrentMember me, String resource, ImportTarget target) throws Exception {
		ImportJob job = importValid(checked(me, resource, target, UnaryOperator.identity()));
		assertThat(job.rowsRejected()).isZero();
	}

	private ImportJob importValid(ImportJob job) {
		assertThat(this.jobs.move(job.id(), ImportStatus.VALIDATED, ImportStatus.IMPORTING)).isTrue();
		this.imports.write(job.id());
		ImportJob done = this.jobs.get(job.id());
		assertThat(done.status()).as(String.valueOf(done.errorMessage())).isEqualTo(ImportStatus.IMPORTED);
		return done;
	}

	/** Uploads a fixture, maps it as suggested (then tweaked) and validates it. */
	private ImportJob checked(CurrentMember me, String resource, ImportTarget target,
			UnaryOperator<ImportMapping> tweak) throws Exception {
		long id;
		try (InputStream in = new ClassPathResource("import/" + resource).getInputStream()) {
			id = this.imports.upload(me, resource, in);
		}
		ImportJob job = this.imports.job(me, id);
		Imports.Sample sample = this.imports.sample(job, 100);
		this.imports.map(job, tweak.apply(MappingSuggestion.suggest(target, resource, sample.header(), sample.rows())));
		assertThat(this.jobs.move(id, ImportStatus.UPLOADED, ImportStatus.VALIDATING)).isTrue();
		this.imports.validate(id);
		ImportJob checked = this.imports.job(me, id);
		assertThat(checked.status()).as(String.valueOf(checked.errorMessage())).isEqualTo(ImportStatus.VALIDATED);
		return checked;
	}

}

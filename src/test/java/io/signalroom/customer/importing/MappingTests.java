package io.signalroom.customer.importing;

import java.util.List;

import io.signalroom.customer.EventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MappingTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private static final List<String> ACCOUNTS = List.of("account_id", "account_name", "industry", "signup_date",
			"plan_tier", "churn_flag");

	@Test
	void ravenStackAccountsAreSuggestedAsCustomersWithChurnFlagAsOutcome() {
		ImportMapping mapping = MappingSuggestion.suggest(ImportTarget.CUSTOMERS, "ravenstack_accounts.csv", ACCOUNTS,
				List.of(List.of("A-1", "Company_0", "EdTech", "2024-10-16", "Basic", "True")));
		assertThat(mapping.columns()).extracting(ColumnMapping::field)
			.containsExactly(ImportField.EXTERNAL_ID, ImportField.NAME, ImportField.SEGMENT, ImportField.EXTRA,
					ImportField.PLAN, ImportField.OUTCOME);
		assertThat(mapping.missing()).isEmpty();
	}

	@Test
	void churnFlagTrueBecomesChurnedAndFalseBecomesNoOutcome() {
		ImportMapping mapping = MappingSuggestion.suggest(ImportTarget.CUSTOMERS, "a.csv", ACCOUNTS, List.of());
		RowConverter converter = new RowConverter(mapping, this.json);
		String[] churned = converter.convert(2, List.of("A-1", "C", "EdTech", "2024-10-16", "Basic", "True")).values();
		String[] kept = converter.convert(3, List.of("A-2", "D", "EdTech", "2024-10-16", "Pro", "False")).values();
		int outcome = RowConverter.CUSTOMER_COLUMNS.indexOf(ImportField.OUTCOME);
		assertThat(churned[outcome]).isEqualTo("CHURNED");
		assertThat(kept[outcome]).isNull();
		assertThat(churned[RowConverter.CUSTOMER_COLUMNS.indexOf(ImportField.PLAN)]).isEqualTo("Basic");
		assertThat(churned[RowConverter.CUSTOMER_COLUMNS.indexOf(ImportField.EXTRA)]).contains("\"signup_date\"");
	}

	@Test
	void aValueOutsideTheValueMappingIsAnUnknownEnumValue() {
		ImportMapping mapping = MappingSuggestion.suggest(ImportTarget.CUSTOMERS, "a.csv", ACCOUNTS, List.of());
		RowConverter.Converted row = new RowConverter(mapping, this.json).convert(7,
				List.of("A-1", "C", "EdTech", "2024-10-16", "Basic", "maybe"));
		assertThat(row.problems()).containsExactly(new Problem(7, "churn_flag", Problem.Code.UNKNOWN_VALUE, "maybe"));
	}

	@Test
	void aTicketFileGetsOneFixedEventTypeAndAColumnCanMapValuesToTypes() {
		ImportMapping tickets = MappingSuggestion.suggest(ImportTarget.EVENTS, "ravenstack_support_tickets.csv",
				List.of("ticket_id", "account_id", "submitted_at", "priority"),
				List.of(List.of("T-1", "A-1", "2023-07-27", "high")));
		assertThat(tickets.fixedType()).isEqualTo(EventType.TICKET_OPENED);
		assertThat(tickets.columns()).extracting(ColumnMapping::field)
			.containsExactly(ImportField.EVENT_ID, ImportField.CUSTOMER_ID, ImportField.OCCURRED_AT, ImportField.EXTRA);

		ImportMapping typed = new ImportMapping(ImportTarget.EVENTS,
				List.of(new ColumnMapping("who", ImportField.CUSTOMER_ID, null, null),
						new ColumnMapping("when", ImportField.OCCURRED_AT, DatePattern.ISO_DATE, null),
						new ColumnMapping("what", ImportField.TYPE, null,
								ColumnMapping.parseValues("opened=TICKET_OPENED, closed=TICKET_RESOLVED"))),
				null, null);
		String[] values = new RowConverter(typed, this.json).convert(2, List.of("A-1", "2024-01-02", "Closed"))
			.values();
		assertThat(values[RowConverter.EVENT_COLUMNS.indexOf(ImportField.TYPE)]).isEqualTo("TICKET_RESOLVED");
		assertThat(values[RowConverter.EVENT_COLUMNS.indexOf(ImportField.DEPARTMENT)]).isEqualTo("SUPPORT");
		assertThat(values[RowConverter.EVENT_COLUMNS.indexOf(ImportField.EVENT_ID)]).startsWith("h:");
	}

	@Test
	void featureUsageFindsItsCustomerThroughTheSubscriptionsEventId() {
		ImportMapping usage = MappingSuggestion.suggest(ImportTarget.EVENTS, "ravenstack_feature_usage.csv",
				List.of("usage_id", "subscription_id", "usage_date", "feature_name", "usage_count"),
				List.of(List.of("U-1", "S-1", "2023-07-27", "feature_20", "9")));
		assertThat(usage.lookup()).isEqualTo(CustomerLookup.EARLIER_EVENT_ID);
		assertThat(usage.fixedType()).isEqualTo(EventType.FEATURE_USED);
		assertThat(usage.columns()).extracting(ColumnMapping::field)
			.containsExactly(ImportField.EVENT_ID, ImportField.CUSTOMER_ID, ImportField.OCCURRED_AT,
					ImportField.SUMMARY, ImportField.VALUE);
	}

	@Test
	void aMappingWithoutTheRequiredColumnSaysWhatIsMissing() {
		ImportMapping mapping = new ImportMapping(ImportTarget.EVENTS,
				List.of(new ColumnMapping("who", ImportField.CUSTOMER_ID, null, null)), null, null);
		assertThat(mapping.missing()).containsExactly("import.field.OCCURRED_AT", "import.field.TYPE");
	}

	@Test
	void aSavedMappingIsLaidOverAnotherFileByColumnName() {
		ImportMapping saved = MappingSuggestion.suggest(ImportTarget.CUSTOMERS, "a.csv", ACCOUNTS, List.of());
		ImportMapping laid = saved.over(List.of("churn_flag", "new_column", "account_id"));
		assertThat(laid.columns()).extracting(ColumnMapping::field)
			.containsExactly(ImportField.OUTCOME, ImportField.IGNORE, ImportField.EXTERNAL_ID);
	}

	@Test
	void theRealFilesAreTakenForWhatTheyHold() {
		assertThat(target("account_id,account_name,industry,country,signup_date,referral_source,plan_tier,seats,"
				+ "is_trial,churn_flag", "A-2e4581,Company_0,EdTech,US,2024-10-16,partner,Basic,9,False,False"))
			.isEqualTo(ImportTarget.CUSTOMERS);
		assertThat(target("customerID,gender,SeniorCitizen,Partner,tenure,Contract,MonthlyCharges,TotalCharges,Churn",
				"7590-VHVEG,Female,0,Yes,1,Month-to-month,29.85,29.85,No"))
			.isEqualTo(ImportTarget.CUSTOMERS);
		assertThat(target("subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount",
				"S-8cec59,A-3c1a3f,2023-12-23,2024-04-12,Enterprise,14,2786"))
			.isEqualTo(ImportTarget.EVENTS);
		assertThat(target("usage_id,subscription_id,usage_date,feature_name,usage_count",
				"U-1c6c24,S-0fcf7d,2023-07-27,feature_20,9"))
			.isEqualTo(ImportTarget.EVENTS);
		assertThat(target("ticket_id,account_id,submitted_at,closed_at,priority",
				"T-0024de,A-712f1c,2023-07-27,2023-07-28 03:00:00,high"))
			.isEqualTo(ImportTarget.EVENTS);
		assertThat(target("churn_event_id,account_id,churn_date,reason_code,feedback_text",
				"C-816288,A-c37cab,2024-10-27,pricing,switched to competitor"))
			.isEqualTo(ImportTarget.EVENTS);
	}

	private static ImportTarget target(String header, String row) {
		return MappingSuggestion.target(List.of(header.split(",")), List.of(List.of(row.split(","))));
	}

}

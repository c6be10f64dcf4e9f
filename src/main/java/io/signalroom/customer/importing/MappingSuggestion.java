package io.signalroom.customer.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.signalroom.customer.EventType;

/**
 * A first guess at a mapping from the file's header, name and sample rows, for the user
 * to correct: common column names, dates detected from the sample, yes/no churn flags.
 */
final class MappingSuggestion {

	static final Map<String, String> CHURN_FLAG = Map.of("true", "CHURNED", "yes", "CHURNED", "1", "CHURNED", "false",
			"", "no", "", "0", "");

	private MappingSuggestion() {
	}

	static ImportMapping suggest(ImportTarget target, String fileName, List<String> header, List<List<String>> sample) {
		List<ColumnMapping> columns = new ArrayList<>();
		Set<ImportField> taken = new HashSet<>();
		String customerColumn = customerColumn(header);
		CustomerLookup lookup = CustomerLookup.EXTERNAL_ID;
		if (target == ImportTarget.EVENTS && customerColumn == null && header.size() > 1
				&& header.subList(1, header.size()).stream().anyMatch((h) -> h.equalsIgnoreCase("subscription_id"))) {
			customerColumn = "subscription_id";
			lookup = CustomerLookup.EARLIER_EVENT_ID;
		}
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			List<String> values = column(sample, i);
			ImportField field = guess(target, name, name.equalsIgnoreCase(customerColumn), values, taken);
			taken.add(field);
			DatePattern pattern = (field.kind() == ImportField.Kind.DATE) ? DatePattern.detect(values).orElse(null)
					: null;
			Map<String, String> translation = (field == ImportField.OUTCOME) ? CHURN_FLAG : Map.of();
			columns.add(new ColumnMapping(name, field, pattern, translation));
		}
		EventType fixed = (target == ImportTarget.EVENTS && !taken.contains(ImportField.TYPE)) ? typeFromName(fileName)
				: null;
		return new ImportMapping(target, columns, fixed, lookup);
	}

	/**
	 * What the file most likely holds: timeline events when it has no name column but a
	 * date column and, after its own id, a column naming the customer (or a subscription)
	 * the row belongs to; customers otherwise.
	 */
	static ImportTarget target(List<String> header, List<List<String>> sample) {
		boolean named = header.stream()
			.map(MappingSuggestion::norm)
			.anyMatch((h) -> h.contains("name") && !h.contains("feature"));
		boolean refersToCustomer = header.size() > 1 && header.subList(1, header.size())
			.stream()
			.map(MappingSuggestion::norm)
			.anyMatch((h) -> Set.of("account_id", "customer_id", "customerid", "customer", "subscription_id")
				.contains(h));
		boolean dated = false;
		for (int i = 0; i < header.size() && !dated; i++) {
			String h = norm(header.get(i));
			dated = (h.contains("date") || h.endsWith("_at") || h.contains("time"))
					&& DatePattern.detect(column(sample, i)).isPresent();
		}
		return (!named && refersToCustomer && dated) ? ImportTarget.EVENTS : ImportTarget.CUSTOMERS;
	}

	private static String customerColumn(List<String> header) {
		return header.stream()
			.filter((h) -> Set.of("account_id", "customer_id", "customerid", "customer").contains(norm(h)))
			.findFirst()
			.orElse(null);
	}

	private static ImportField guess(ImportTarget target, String header, boolean customerColumn, List<String> values,
			Set<ImportField> taken) {
		String h = norm(header);
		List<ImportField> candidates = new ArrayList<>();
		if (target == ImportTarget.CUSTOMERS) {
			if (customerColumn || h.equals("id") || h.equals("external_id")) {
				candidates.add(ImportField.EXTERNAL_ID);
			}
			add(candidates, h.contains("name") && !h.contains("feature"), ImportField.NAME);
			add(candidates, h.contains("email"), ImportField.EMAIL);
			add(candidates, h.equals("industry") || h.equals("segment"), ImportField.SEGMENT);
			add(candidates, h.startsWith("plan") || h.equals("contract"), ImportField.PLAN);
			add(candidates, h.contains("owner"), ImportField.OWNER);
			add(candidates, h.contains("revenue") || h.startsWith("mrr") || h.equals("monthlycharges"),
					ImportField.REVENUE);
			add(candidates, h.startsWith("churn") && !h.contains("date"), ImportField.OUTCOME);
			add(candidates, h.contains("churn") && h.contains("date"), ImportField.OUTCOME_DATE);
			add(candidates, h.contains("stage"), ImportField.LIFECYCLE_STAGE);
		}
		else {
			add(candidates, customerColumn, ImportField.CUSTOMER_ID);
			add(candidates, h.endsWith("id"), ImportField.EVENT_ID);
			add(candidates, (h.contains("date") || h.endsWith("_at") || h.contains("time"))
					&& DatePattern.detect(values).isPresent(), ImportField.OCCURRED_AT);
			add(candidates, h.equals("type") || h.equals("event_type"), ImportField.TYPE);
			add(candidates, h.contains("department"), ImportField.DEPARTMENT);
			add(candidates, h.contains("channel"), ImportField.CHANNEL);
			add(candidates, h.contains("text") || h.contains("summary") || h.contains("description")
					|| h.equals("feature_name") || h.equals("subject"), ImportField.SUMMARY);
			add(candidates, h.contains("amount") || h.endsWith("count") || h.equals("value"), ImportField.VALUE);
		}
		return candidates.stream().filter((f) -> !taken.contains(f)).findFirst().orElse(ImportField.EXTRA);
	}

	private static void add(List<ImportField> candidates, boolean when, ImportField field) {
		if (when) {
			candidates.add(field);
		}
	}

	static EventType typeFromName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.contains("subscription")) {
			return EventType.SUBSCRIPTION_STARTED;
		}
		if (name.contains("usage") || name.contains("feature")) {
			return EventType.FEATURE_USED;
		}
		if (name.contains("ticket")) {
			return EventType.TICKET_OPENED;
		}
		if (name.contains("churn")) {
			return EventType.CHURNED;
		}
		return null;
	}

	private static List<String> column(List<List<String>> sample, int index) {
		return sample.stream().filter((row) -> index < row.size()).map((row) -> row.get(index)).toList();
	}

	private static String norm(String header) {
		return header.strip().toLowerCase(Locale.ROOT);
	}

}

package io.signalroom.customer.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.customer.book.CustomerUpserts;
import io.signalroom.workspace.Department;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one row of the file into the values of a staged customer or event, in the order
 * of {@link #columns(ImportTarget)}, and says what is wrong with it.
 */
class RowConverter {

	static final List<ImportField> CUSTOMER_COLUMNS = List.of(ImportField.EXTERNAL_ID, ImportField.NAME,
			ImportField.EMAIL, ImportField.SEGMENT, ImportField.PLAN, ImportField.LIFECYCLE_STAGE, ImportField.OWNER,
			ImportField.REVENUE, ImportField.OUTCOME, ImportField.OUTCOME_DATE, ImportField.EXTRA);

	static final List<ImportField> EVENT_COLUMNS = List.of(ImportField.CUSTOMER_ID, ImportField.OCCURRED_AT,
			ImportField.TYPE, ImportField.DEPARTMENT, ImportField.CHANNEL, ImportField.SUMMARY, ImportField.VALUE,
			ImportField.EXTRA, ImportField.EVENT_ID);

	private final ImportMapping mapping;

	private final JsonMapper json;

	private final List<ImportField> columns;

	RowConverter(ImportMapping mapping, JsonMapper json) {
		this.mapping = mapping;
		this.json = json;
		this.columns = columns(mapping.target());
	}

	static List<ImportField> columns(ImportTarget target) {
		return (target == ImportTarget.CUSTOMERS) ? CUSTOMER_COLUMNS : EVENT_COLUMNS;
	}

	/** One converted row: staged values (null = no value) and its problems. */
	record Converted(long rowNo, String[] values, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	Converted convert(long rowNo, List<String> raw) {
		String[] values = new String[this.columns.size()];
		List<Problem> problems = new ArrayList<>();
		List<ColumnMapping> mapped = this.mapping.columns();
		if (raw.size() != mapped.size()) {
			problems.add(new Problem(rowNo, null, Problem.Code.COLUMN_COUNT, raw.size() + "/" + mapped.size()));
		}
		Map<String, String> extra = new LinkedHashMap<>();
		Object[] typed = new Object[this.columns.size()];
		for (int i = 0; i < mapped.size(); i++) {
			ColumnMapping column = mapped.get(i);
			String text = (i < raw.size()) ? raw.get(i) : "";
			if (column.field() == ImportField.IGNORE) {
				continue;
			}
			if (column.field() == ImportField.EXTRA) {
				if (!text.isBlank()) {
					extra.put(column.header(), text.strip());
				}
				continue;
			}
			int slot = this.columns.indexOf(column.field());
			Object value = read(rowNo, column, text, problems);
			typed[slot] = value;
			values[slot] = (value != null) ? value.toString() : null;
		}
		int extraSlot = this.columns.indexOf(ImportField.EXTRA);
		values[extraSlot] = extra.isEmpty() ? null : this.json.writeValueAsString(extra);
		if (this.mapping.target() == ImportTarget.EVENTS) {
			completeEvent(typed, values);
		}
		for (ImportField field : this.columns) {
			int slot = this.columns.indexOf(field);
			boolean required = field.required()
					|| (field == ImportField.TYPE && this.mapping.target() == ImportTarget.EVENTS);
			if (required && values[slot] == null && this.mapping.indexOf(field).isPresent()
					&& problems.stream().noneMatch((p) -> headerOf(field).equals(p.column()))) {
				problems.add(new Problem(rowNo, headerOf(field), Problem.Code.MISSING, null));
			}
		}
		return new Converted(rowNo, values, problems);
	}

	private void completeEvent(Object[] typed, String[] values) {
		int typeSlot = this.columns.indexOf(ImportField.TYPE);
		if (typed[typeSlot] == null && this.mapping.fixedType() != null) {
			typed[typeSlot] = this.mapping.fixedType();
			values[typeSlot] = this.mapping.fixedType().name();
		}
		EventType type = (EventType) typed[typeSlot];
		int departmentSlot = this.columns.indexOf(ImportField.DEPARTMENT);
		if (typed[departmentSlot] == null && type != null) {
			values[departmentSlot] = type.usualDepartment().name();
		}
		int keySlot = this.columns.indexOf(ImportField.EVENT_ID);
		Instant at = (Instant) typed[this.columns.indexOf(ImportField.OCCURRED_AT)];
		String customer = values[this.columns.indexOf(ImportField.CUSTOMER_ID)];
		if (values[keySlot] == null && type != null && at != null && customer != null) {
			EventRecord event = new EventRecord(customer, at, type, null,
					values[this.columns.indexOf(ImportField.CHANNEL)],
					values[this.columns.indexOf(ImportField.SUMMARY)],
					(BigDecimal) typed[this.columns.indexOf(ImportField.VALUE)], null, null);
			values[keySlot] = CustomerUpserts.sourceKey(event);
		}
	}

	private String headerOf(ImportField field) {
		return this.mapping.indexOf(field).map((i) -> this.mapping.columns().get(i).header()).orElse(null);
	}

	private Object read(long rowNo, ColumnMapping column, String text, List<Problem> problems) {
		ImportField field = column.field();
		if (field.kind() == ImportField.Kind.ENUM) {
			return readEnum(rowNo, column, text, problems);
		}
		if (text.isEmpty()) {
			return null;
		}
		String value = text.strip();
		switch (field.kind()) {
			case NUMBER -> {
				return readNumber(rowNo, column, text, problems);
			}
			case DATE -> {
				if (value.isEmpty()) {
					return null;
				}
				try {
					DatePattern pattern = column.datePattern();
					if (pattern == null) {
						throw new DateTimeParseException("no pattern", value, 0);
					}
					Instant at = pattern.parseInstant(value);
					return (field == ImportField.OUTCOME_DATE) ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC) : at;
				}
				catch (java.time.DateTimeException ex) {
					problems.add(new Problem(rowNo, column.header(), Problem.Code.BAD_DATE, value));
					return null;
				}
			}
			default -> {
				if (value.isEmpty()) {
					return null;
				}
				if (value.length() > field.limit()) {
					problems
						.add(new Problem(rowNo, column.header(), Problem.Code.TOO_LONG, String.valueOf(field.limit())));
					return null;
				}
				return value;
			}
		}
	}

	private BigDecimal readNumber(long rowNo, ColumnMapping column, String text, List<Problem> problems) {
		try {
			BigDecimal number = new BigDecimal(text.strip());
			if (number.precision() - number.scale() > column.field().limit()) {
				throw new NumberFormatException("too large");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(rowNo, column.header(), Problem.Code.BAD_NUMBER, "\"" + text + "\""));
			return null;
		}
	}

	private Enum<?> readEnum(long rowNo, ColumnMapping column, String text, List<Problem> problems) {
		String value = text.strip();
		String translated = column.values().get(value.toLowerCase(Locale.ROOT));
		if (translated != null) {
			value = translated;
		}
		if (value.isEmpty()) {
			return null;
		}
		String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		try {
			return switch (column.field()) {
				case OUTCOME -> Outcome.valueOf(name);
				case LIFECYCLE_STAGE -> LifecycleStage.valueOf(name);
				case TYPE -> EventType.valueOf(name);
				case DEPARTMENT -> Department.valueOf(name);
				default -> throw new IllegalStateException(column.field().name());
			};
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(rowNo, column.header(), Problem.Code.UNKNOWN_VALUE, text.strip()));
			return null;
		}
	}

}

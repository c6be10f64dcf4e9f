package io.signalroom.customer.importing;

import java.util.Arrays;
import java.util.List;

/**
 * What a column of the file becomes: a field of the customer or of the event, an extra
 * attribute kept as JSON, or nothing.
 */
public enum ImportField {

	IGNORE(null, Kind.TEXT, false, 0), EXTRA(null, Kind.TEXT, false, 0),

	EXTERNAL_ID(ImportTarget.CUSTOMERS, Kind.TEXT, true, 100), NAME(ImportTarget.CUSTOMERS, Kind.TEXT, false, 200),
	EMAIL(ImportTarget.CUSTOMERS, Kind.TEXT, false, 254), SEGMENT(ImportTarget.CUSTOMERS, Kind.TEXT, false, 60),
	PLAN(ImportTarget.CUSTOMERS, Kind.TEXT, false, 60), LIFECYCLE_STAGE(ImportTarget.CUSTOMERS, Kind.ENUM, false, 0),
	OWNER(ImportTarget.CUSTOMERS, Kind.TEXT, false, 120), REVENUE(ImportTarget.CUSTOMERS, Kind.NUMBER, false, 12),
	OUTCOME(ImportTarget.CUSTOMERS, Kind.ENUM, false, 0), OUTCOME_DATE(ImportTarget.CUSTOMERS, Kind.DATE, false, 0),

	CUSTOMER_ID(ImportTarget.EVENTS, Kind.TEXT, true, 200), OCCURRED_AT(ImportTarget.EVENTS, Kind.DATE, true, 0),
	TYPE(ImportTarget.EVENTS, Kind.ENUM, false, 0), DEPARTMENT(ImportTarget.EVENTS, Kind.ENUM, false, 0),
	CHANNEL(ImportTarget.EVENTS, Kind.TEXT, false, 60), SUMMARY(ImportTarget.EVENTS, Kind.TEXT, false, 2000),
	VALUE(ImportTarget.EVENTS, Kind.NUMBER, false, 14), EVENT_ID(ImportTarget.EVENTS, Kind.TEXT, false, 200);

	/** How a column's text is read. */
	public enum Kind {

		TEXT, NUMBER, DATE, ENUM

	}

	private final ImportTarget target;

	private final Kind kind;

	private final boolean required;

	/** Longest text, or for numbers the most digits before the point. */
	private final int limit;

	ImportField(ImportTarget target, Kind kind, boolean required, int limit) {
		this.target = target;
		this.kind = kind;
		this.required = required;
		this.limit = limit;
	}

	public ImportTarget target() {
		return this.target;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean required() {
		return this.required;
	}

	public int limit() {
		return this.limit;
	}

	public boolean appliesTo(ImportTarget candidate) {
		return this.target == null || this.target == candidate;
	}

	public static List<ImportField> forTarget(ImportTarget target) {
		return Arrays.stream(values()).filter((f) -> f.appliesTo(target)).toList();
	}

	public String messageKey() {
		return "import.field." + name();
	}

}

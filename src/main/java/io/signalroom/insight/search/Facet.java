package io.signalroom.insight.search;

/**
 * A property of insights the repository counts and filters by: its URL parameter, its
 * column, and whether an insight holds one value or a list of them.
 */
public enum Facet {

	CATEGORY("category", "i.category", "varchar", false), STATUS("status", "i.status", "varchar", false),
	SIGNAL_TYPE("signalType", "i.signal_type_ids", "bigint", true),
	DEPARTMENT("department", "i.departments", "varchar", true), SEGMENT("segment", "i.segments", "varchar", true),
	SESSION("session", "i.session_id", "bigint", false), TAG("tag", "i.tags", "varchar", true);

	private final String parameter;

	private final String column;

	private final String type;

	private final boolean list;

	Facet(String parameter, String column, String type, boolean list) {
		this.parameter = parameter;
		this.column = column;
		this.type = type;
		this.list = list;
	}

	public String parameter() {
		return this.parameter;
	}

	boolean numeric() {
		return "bigint".equals(this.type);
	}

	/** The SQL parameter holding the chosen value. */
	String bind() {
		return "f_" + this.parameter;
	}

	/** Insight {@code i} has the chosen value (GIN-indexable for lists). */
	String condition() {
		String value = "cast(:" + bind() + " as " + this.type + ")";
		return this.list ? this.column + " @> array[" + value + "]" : this.column + " = " + value;
	}

	/** One row per value of insight {@code i}, as {@code v} (text). */
	String valuesFrom() {
		return this.list ? "cross join lateral unnest(" + this.column + ") as u(v)" : "";
	}

	String valueExpression() {
		return this.list ? "u.v::text" : this.column + "::text";
	}

	String presentCondition() {
		return this.list ? "true" : this.column + " is not null";
	}

	public String messageKey() {
		return "repository.facet." + this.parameter;
	}

}

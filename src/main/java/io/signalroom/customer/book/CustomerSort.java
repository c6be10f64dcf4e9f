package io.signalroom.customer.book;

/**
 * The orders the customers list offers, each with the SQL that sorts by it (ties broken
 * by id so pages never overlap).
 */
public enum CustomerSort {

	NAME("lower(c.name)", false), REVENUE("c.revenue", true),
	STAGE("array_position(array['LEAD','PROSPECT','ONBOARDING','ACTIVE','AT_RISK','CHURNED']::varchar[], c.lifecycle_stage)",
			false),
	ACTIVITY("last_activity", true);

	private final String expression;

	private final boolean descendingByDefault;

	CustomerSort(String expression, boolean descendingByDefault) {
		this.expression = expression;
		this.descendingByDefault = descendingByDefault;
	}

	public boolean descendingByDefault() {
		return this.descendingByDefault;
	}

	/**
	 * Under pseudonyms, names and revenues are hidden, so both orders follow the
	 * pseudonyms' codes ({@code p.code}).
	 */
	String orderBy(boolean descending, boolean pseudonymize) {
		String expression = (pseudonymize && (this == NAME || this == REVENUE)) ? "p.code" : this.expression;
		return expression + (descending ? " desc nulls last" : " asc nulls last") + ", c.id";
	}

	public String messageKey() {
		return "customers.sort." + name();
	}

}

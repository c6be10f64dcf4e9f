package io.signalroom.workspace;

/**
 * The part of the company a member speaks for in a practice session.
 */
public enum Department {

	SALES, MARKETING, SUPPORT, CUSTOMER_SUCCESS, PRODUCT, DATA_BI, REVOPS, UX, OPERATIONS;

	public String messageKey() {
		return "department." + name();
	}

}

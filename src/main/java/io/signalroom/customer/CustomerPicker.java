package io.signalroom.customer;

import java.util.List;

/**
 * What the shared customer picker ({@code fragments/customer-picker}) shows after a
 * search: the matches as the page's lens names them, as radio buttons (one customer,
 * field {@code customerId}) or checkboxes (several, field {@code customerIds}).
 *
 * @param target the id of the element the results replace
 * @param emptyKey the message shown when nothing matches
 */
public record CustomerPicker(String target, boolean several, String emptyKey, List<CustomerSummary> matches) {

	/** The model attribute the fragment reads. */
	public static final String ATTRIBUTE = "picker";

	/** The view that answers a picker's search. */
	public static final String RESULTS = "fragments/customer-picker :: results";

	public String field() {
		return this.several ? "customerIds" : "customerId";
	}

}

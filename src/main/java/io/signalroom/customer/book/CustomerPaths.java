package io.signalroom.customer.book;

/**
 * Where links to a customer go: its timeline by id, or, for a viewer who sees it under a
 * pseudonym, the timeline that keeps the pseudonym and names no id.
 */
public final class CustomerPaths {

	private CustomerPaths() {
	}

	public static String named(long customerId) {
		return "/customers/" + customerId;
	}

	public static String pseudonym(String code) {
		return "/customers/p/" + code;
	}

}

package io.signalroom.customer;

/**
 * Through which eyes a page shows customers. Callers pick the lens of their context; the
 * customer module alone decides what it hides (see {@link CustomerCatalog}).
 * <ul>
 * <li>{@link #workspace()}: as the workspace shows them, real names unless an admin
 * turned pseudonyms on for the whole workspace;</li>
 * <li>{@link #pseudonyms()}: always under pseudonyms, such as a practice session whose
 * facilitator switched them on.</li>
 * </ul>
 * Under pseudonyms a customer has a stored random code ("Customer K7QM2"), no e-mail,
 * external id, owner, revenue or attributes, its name, e-mail and external id are
 * scrubbed from texts about it, and links lead to a page that keeps the pseudonym.
 */
public final class CustomerLens {

	private static final CustomerLens WORKSPACE = new CustomerLens(false);

	private static final CustomerLens PSEUDONYMS = new CustomerLens(true);

	private final boolean alwaysPseudonyms;

	private CustomerLens(boolean alwaysPseudonyms) {
		this.alwaysPseudonyms = alwaysPseudonyms;
	}

	public static CustomerLens workspace() {
		return WORKSPACE;
	}

	public static CustomerLens pseudonyms() {
		return PSEUDONYMS;
	}

	/**
	 * A practice session's lens: pseudonyms when its switch is on, otherwise as the
	 * workspace shows customers.
	 */
	public static CustomerLens session(boolean anonymizeCustomers) {
		return anonymizeCustomers ? PSEUDONYMS : WORKSPACE;
	}

	boolean alwaysPseudonyms() {
		return this.alwaysPseudonyms;
	}

	@Override
	public String toString() {
		return this.alwaysPseudonyms ? "pseudonyms" : "workspace";
	}

}

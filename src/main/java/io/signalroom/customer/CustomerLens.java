package io.signalroom.customer;

import java.time.Instant;
import java.util.Objects;

import io.signalroom.customer.book.Pseudonyms;

/**
 * Through which eyes a page shows customers. Callers pick the lens of their context; the
 * customer module alone decides what it hides (see {@link CustomerCatalog}).
 * <ul>
 * <li>{@link #workspace()}: as the workspace shows them, real names unless an admin
 * turned pseudonyms on for the whole workspace;</li>
 * <li>{@link #pseudonyms()}: always under pseudonyms, such as a practice session whose
 * facilitator switched them on;</li>
 * <li>{@link #exercise(long, Instant)}: a practice exercise's cut view, under pseudonyms
 * of the exercise's own and as the customer stood at the cut.</li>
 * </ul>
 * Under pseudonyms a customer has a stored random code ("Customer K7QM2"), no e-mail,
 * external id, owner, revenue or attributes, its name, e-mail and external id are
 * scrubbed from texts about it, and links lead to a page that keeps the pseudonym. At a
 * cut, only events up to the cut exist, and the stage, plan and revenue (only today's are
 * kept) and any outcome not reached before the cut's day are unknown.
 */
public final class CustomerLens {

	static final String WORKSPACE_SCOPE = Pseudonyms.WORKSPACE;

	private static final CustomerLens WORKSPACE = new CustomerLens(false, WORKSPACE_SCOPE, null, "/customers/p/");

	private static final CustomerLens PSEUDONYMS = new CustomerLens(true, WORKSPACE_SCOPE, null, "/customers/p/");

	private final boolean alwaysPseudonyms;

	private final String scope;

	private final Instant cut;

	private final String pathPrefix;

	private CustomerLens(boolean alwaysPseudonyms, String scope, Instant cut, String pathPrefix) {
		this.alwaysPseudonyms = alwaysPseudonyms;
		this.scope = scope;
		this.cut = cut;
		this.pathPrefix = pathPrefix;
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

	/**
	 * An exercise's cut view: pseudonyms stable within the exercise and unlike any other,
	 * customers as they stood at {@code cut}; links lead to
	 * {@code /exercises/{id}/customers/{code}}.
	 */
	public static CustomerLens exercise(long exerciseId, Instant cut) {
		return new CustomerLens(true, "exercise-" + exerciseId, Objects.requireNonNull(cut),
				"/exercises/" + exerciseId + "/customers/");
	}

	boolean alwaysPseudonyms() {
		return this.alwaysPseudonyms;
	}

	String scope() {
		return this.scope;
	}

	/** The moment customers are shown as of, or null for now. */
	public Instant cut() {
		return this.cut;
	}

	String pathPrefix() {
		return this.pathPrefix;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CustomerLens lens) && lens.alwaysPseudonyms == this.alwaysPseudonyms
				&& lens.scope.equals(this.scope) && Objects.equals(lens.cut, this.cut);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.alwaysPseudonyms, this.scope, this.cut);
	}

	@Override
	public String toString() {
		return (this.alwaysPseudonyms ? "pseudonyms" : "workspace") + ":" + this.scope
				+ ((this.cut != null) ? "@" + this.cut : "");
	}

}

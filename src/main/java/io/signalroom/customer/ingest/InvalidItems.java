package io.signalroom.customer.ingest;

import java.util.List;

/** A batch with at least one invalid item; nothing of it was stored. */
class InvalidItems extends RuntimeException {

	private final transient List<ItemError> errors;

	InvalidItems(List<ItemError> errors) {
		super(errors.size() + " invalid items");
		this.errors = List.copyOf(errors);
	}

	List<ItemError> errors() {
		return this.errors;
	}

}

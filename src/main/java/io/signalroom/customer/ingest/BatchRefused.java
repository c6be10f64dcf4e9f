package io.signalroom.customer.ingest;

/**
 * A request body that is not a batch the API takes: not a JSON array, or too long.
 */
class BatchRefused extends RuntimeException {

	private final int size;

	private BatchRefused(String reason, int size) {
		super(reason);
		this.size = size;
	}

	static BatchRefused notAnArray() {
		return new BatchRefused("not an array", -1);
	}

	static BatchRefused tooLarge(int size) {
		return new BatchRefused("too large", size);
	}

	boolean isTooLarge() {
		return this.size >= 0;
	}

	int size() {
		return this.size;
	}

}

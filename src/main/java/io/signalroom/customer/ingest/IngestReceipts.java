package io.signalroom.customer.ingest;

/** What the ingest API answers after storing a batch. */
final class IngestReceipts {

	private IngestReceipts() {
	}

	/** Customers received, and how many of them were new or already known. */
	record CustomersStored(int received, int created, int updated) {

	}

	/**
	 * Events received, how many were new, and how many had been sent before (same
	 * eventId, or same content when there is no eventId).
	 */
	record EventsStored(int received, int inserted, int duplicates) {

	}

}

package io.signalroom.customer.ingest;

import io.signalroom.customer.ingest.IngestReceipts.CustomersStored;
import io.signalroom.customer.ingest.IngestReceipts.EventsStored;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest API: other systems send batches of customers and timeline events as JSON
 * arrays, into the workspace their token belongs to. Refusals are problem+json (see
 * {@link IngestProblemHandler}).
 */
@RestController
class IngestController {

	private final CustomerIngest ingest;

	IngestController(CustomerIngest ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/api/v1/customers")
	CustomersStored customers(@AuthenticationPrincipal ApiClient client, @RequestBody JsonNode batch) {
		return this.ingest.storeCustomers(client.workspaceId(), batch);
	}

	@PostMapping("/api/v1/events")
	EventsStored events(@AuthenticationPrincipal ApiClient client, @RequestBody JsonNode batch) {
		return this.ingest.storeEvents(client.workspaceId(), batch);
	}

}

package io.signalroom.signal.detection;

import io.signalroom.customer.EventsImported;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates the rules for just the customers that got new events, once an import or
 * API batch has committed.
 */
@Component
class DetectionTrigger {

	private final SignalDetection detection;

	DetectionTrigger(SignalDetection detection) {
		this.detection = detection;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(EventsImported imported) {
		this.detection.evaluateCustomers(imported.workspaceId(), imported.customerIds());
	}

}

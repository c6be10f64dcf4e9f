package io.signalroom.signal.detection;

import io.signalroom.customer.EventsImported;
import io.signalroom.signal.DetectionRan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates the rules for just the customers that got new events, once an import or
 * API batch has committed. Running it twice for one batch changes nothing the second
 * time, so a delivery repeated after a crash is harmless.
 */
@Component
class DetectionTrigger {

	private final SignalDetection detection;

	private final ApplicationEventPublisher events;

	DetectionTrigger(SignalDetection detection, ApplicationEventPublisher events) {
		this.detection = detection;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(EventsImported imported) {
		Evaluation evaluation = this.detection.evaluateCustomers(imported.workspaceId(), imported.customerIds());
		this.events.publishEvent(new DetectionRan(imported.workspaceId(), imported.customerIds(), evaluation.raised(),
				evaluation.resolved()));
	}

}

package io.signalroom.signal.alert;

import java.util.LinkedHashSet;
import java.util.List;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.TimelineMarker;
import io.signalroom.signal.AlertStatus;
import io.signalroom.customer.TimelineMarkers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every signal detected on a customer onto their timeline, in the week it fired,
 * with the events that prove it. Dismissed ones are left off.
 */
@Component
class DetectedSignalMarkers implements TimelineMarkers {

	private final AlertInbox alerts;

	DetectedSignalMarkers(AlertInbox alerts) {
		this.alerts = alerts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineMarker> markersFor(long workspaceId, long customerId) {
		return this.alerts.forCustomer(workspaceId, customerId, CustomerLens.workspace())
			.stream()
			.filter((signal) -> signal.status() != AlertStatus.DISMISSED)
			.map((signal) -> new TimelineMarker(signal.firedAt(), signal.signalTypeName(),
					"signalCategory." + signal.category().name(), "/alerts/" + signal.id(),
					new LinkedHashSet<>(signal.evidenceEventIds())))
			.toList();
	}

}

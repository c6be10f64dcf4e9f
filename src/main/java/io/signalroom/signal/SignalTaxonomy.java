package io.signalroom.signal;

import java.util.List;

import io.signalroom.signal.alert.AlertInbox;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask the signal module. The customer timeline shows a customer's
 * detected signals at the moment they fired, with the events that prove them.
 */
@Service
public class SignalTaxonomy {

	private final AlertInbox alerts;

	SignalTaxonomy(AlertInbox alerts) {
		this.alerts = alerts;
	}

	/**
	 * The signals detected on one customer of the workspace, oldest first, each with its
	 * firing time, status and the ids of the timeline events that prove it. An unknown
	 * customer, or one of another workspace, simply has none.
	 */
	public List<DetectedSignalView> detectedSignalsFor(long workspaceId, long customerId) {
		return this.alerts.forCustomer(workspaceId, customerId);
	}

	/**
	 * The workspace's alerts nobody has dismissed yet (open or acknowledged), most urgent
	 * first: candidates for a practice session's review. Customer names here are the real
	 * ones; callers that may pseudonymize look customers up in the customer module.
	 */
	public List<DetectedSignalView> openAlerts(long workspaceId, int limit) {
		return this.alerts.unhandled(workspaceId, limit);
	}

}

package io.signalroom.signal.alert;

import java.util.List;

import io.signalroom.signal.AlertStatus;

/**
 * What the alerts inbox lists: alerts still waiting for someone, or the history of those
 * detection resolved or members dismissed.
 */
public enum InboxView {

	OPEN(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), RESOLVED(AlertStatus.RESOLVED), DISMISSED(AlertStatus.DISMISSED);

	private final List<AlertStatus> statuses;

	InboxView(AlertStatus... statuses) {
		this.statuses = List.of(statuses);
	}

	static InboxView of(AlertStatus status) {
		for (InboxView view : values()) {
			if (view.statuses.contains(status)) {
				return view;
			}
		}
		throw new IllegalArgumentException("No inbox tab shows " + status);
	}

	List<String> statusNames() {
		return this.statuses.stream().map(Enum::name).toList();
	}

	public String messageKey() {
		return "alerts.view." + name();
	}

}

package io.signalroom.insight.record;

import io.signalroom.insight.InsightStatus;

/**
 * Someone changed the insight's status after this manager opened it. Carries where it
 * stands now and the change that got there first, so the page can say so and keep the
 * manager's reason for another try.
 */
class StatusConflict extends RuntimeException {

	private final InsightStatus current;

	private final long currentVersion;

	private final transient StatusChange theirChange;

	StatusConflict(InsightStatus current, long currentVersion, StatusChange theirChange) {
		super("Insight status changed by someone else");
		this.current = current;
		this.currentVersion = currentVersion;
		this.theirChange = theirChange;
	}

	InsightStatus current() {
		return this.current;
	}

	long currentVersion() {
		return this.currentVersion;
	}

	StatusChange theirChange() {
		return this.theirChange;
	}

}

package io.signalroom.insight.record;

import io.signalroom.insight.InsightStatus;
import io.signalroom.shared.RuleViolation;

/**
 * A manager's status change on the insight page, as typed. {@code version} is the version
 * of the insight they saw, so a change made by someone else in between is not
 * overwritten.
 */
record StatusForm(String to, String reason, String version) {

	static StatusForm fresh(Insight insight) {
		return new StatusForm(null, "", String.valueOf(insight.getVersion()));
	}

	StatusForm rebasedOn(long currentVersion) {
		return new StatusForm(this.to, this.reason, String.valueOf(currentVersion));
	}

	InsightStatus status() {
		if (this.to == null || this.to.isBlank()) {
			return null;
		}
		try {
			return InsightStatus.valueOf(this.to);
		}
		catch (IllegalArgumentException unknown) {
			throw new RuleViolation("to", "insight.status.pick");
		}
	}

	/**
	 * The version seen; an unreadable one never matches, so the page shows the latest.
	 */
	long seenVersion() {
		try {
			return Long.parseLong(this.version.strip());
		}
		catch (RuntimeException unreadable) {
			return -1;
		}
	}

}

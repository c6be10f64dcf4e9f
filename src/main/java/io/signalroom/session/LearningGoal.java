package io.signalroom.session;

/**
 * What the team wants to get better at in a practice session.
 */
public enum LearningGoal {

	EARLY_CHURN_DETECTION, UPSELL, LEAD_QUALITY, SUPPORT_TIME_TO_RESOLUTION, OTHER;

	public String messageKey() {
		return "session.goal." + name();
	}

}

package io.signalroom.session.running;

/**
 * What the facilitator's console can do to a running session.
 */
public enum ConsoleAction {

	START, PAUSE, RESUME, EXTEND, NEXT, BACK, END;

	/**
	 * From the last segment of {@code /sessions/{id}/run/{action}}; null when unknown.
	 */
	public static ConsoleAction fromPath(String segment) {
		for (ConsoleAction action : values()) {
			if (action.name().equalsIgnoreCase(segment)) {
				return action;
			}
		}
		return null;
	}

}

package io.signalroom.session.planning;

/**
 * How an agenda's total compares with the seeds' advice to keep a session to 45–90
 * minutes.
 */
public enum AgendaLength {

	TOO_SHORT, WITHIN_ADVICE, TOO_LONG;

	public static final int MIN_MINUTES = 45;

	public static final int MAX_MINUTES = 90;

	public static AgendaLength of(int totalMinutes) {
		if (totalMinutes < MIN_MINUTES) {
			return TOO_SHORT;
		}
		return (totalMinutes > MAX_MINUTES) ? TOO_LONG : WITHIN_ADVICE;
	}

	public boolean isWarning() {
		return this != WITHIN_ADVICE;
	}

	public String messageKey() {
		return "session.agenda.length." + name();
	}

}

package io.signalroom.session;

/**
 * Where a practice session stands. PLANNED → LIVE ⇄ PAUSED → ENDED; a planned session may
 * instead be CANCELLED. ENDED and CANCELLED are final.
 */
public enum SessionStatus {

	PLANNED, LIVE, PAUSED, ENDED, CANCELLED;

	public boolean isRunning() {
		return this == LIVE || this == PAUSED;
	}

	public boolean isFinal() {
		return this == ENDED || this == CANCELLED;
	}

	public String messageKey() {
		return "session.status." + name();
	}

}

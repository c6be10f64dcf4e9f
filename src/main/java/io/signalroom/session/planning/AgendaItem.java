package io.signalroom.session.planning;

import java.time.Duration;
import java.time.Instant;

import io.signalroom.shared.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One timed item of a session's agenda: planned minutes when planning; while the session
 * runs, minutes added on the fly and when and for how long it actually ran.
 */
@Entity
public class AgendaItem {

	public static final int MAX_TITLE = 120;

	public static final int MAX_MINUTES = 240;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private int plannedMinutes;

	private int extraMinutes;

	private Instant actualStartedAt;

	private Instant actualEndedAt;

	private Instant runningSince;

	private int elapsedSeconds;

	protected AgendaItem() {
	}

	AgendaItem(String title, int plannedMinutes) {
		change(title, plannedMinutes);
	}

	void change(String newTitle, int minutes) {
		String stripped = (newTitle != null) ? newTitle.strip() : "";
		if (stripped.isEmpty()) {
			throw new RuleViolation("title", "session.agenda.titleRequired");
		}
		if (stripped.length() > MAX_TITLE) {
			throw new RuleViolation("title", "session.agenda.titleTooLong", MAX_TITLE);
		}
		if (minutes < 1 || minutes > MAX_MINUTES) {
			throw new RuleViolation("minutes", "session.agenda.minutesRange", MAX_MINUTES);
		}
		this.title = stripped;
		this.plannedMinutes = minutes;
	}

	void begin(Instant now) {
		if (this.actualStartedAt == null) {
			this.actualStartedAt = now;
		}
		this.actualEndedAt = null;
		this.runningSince = now;
	}

	void halt(Instant now) {
		if (this.runningSince != null) {
			this.elapsedSeconds += (int) Duration.between(this.runningSince, now).toSeconds();
			this.runningSince = null;
		}
	}

	void finish(Instant now) {
		halt(now);
		this.actualEndedAt = now;
	}

	void extend(int minutes) {
		this.extraMinutes += minutes;
	}

	public long elapsedSeconds(Instant now) {
		long running = (this.runningSince != null) ? Duration.between(this.runningSince, now).toSeconds() : 0;
		return this.elapsedSeconds + running;
	}

	/** Seconds left of the planned and added minutes; negative once the item overruns. */
	public long remainingSeconds(Instant now) {
		return (this.plannedMinutes + this.extraMinutes) * 60L - elapsedSeconds(now);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public int getPlannedMinutes() {
		return this.plannedMinutes;
	}

	public int getExtraMinutes() {
		return this.extraMinutes;
	}

	public Instant getActualStartedAt() {
		return this.actualStartedAt;
	}

	public Instant getActualEndedAt() {
		return this.actualEndedAt;
	}

	public boolean isRunning() {
		return this.runningSince != null;
	}

	public int getElapsedSeconds() {
		return this.elapsedSeconds;
	}

}

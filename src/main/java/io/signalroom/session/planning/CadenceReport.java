package io.signalroom.session.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.signalroom.session.SessionStatus;

/**
 * Whether a series kept its cadence: each planned date with its verdict, how many of the
 * dates due so far were kept, and the current streak of kept dates.
 */
public record CadenceReport(List<Entry> entries, int kept, int due, int streak) {

	public enum Verdict {

		/** Held within the cadence's tolerance of its planned date. */
		KEPT,
		/** Held, but too far from its planned date. */
		OFF_CADENCE,
		/** Planned date passed without the session being held. */
		MISSED,
		/** Still to come. */
		UPCOMING;

		public String messageKey() {
			return "session.cadence.verdict." + name();
		}

	}

	public record Entry(long sessionId, Instant planned, Instant heldAt, SessionStatus status, Verdict verdict) {

	}

	public boolean isKept() {
		return this.kept == this.due;
	}

	public static CadenceReport of(Cadence cadence, List<PracticeSession> sessions, Instant now) {
		List<Entry> entries = new ArrayList<>();
		for (PracticeSession s : sessions) {
			entries.add(new Entry(s.getId(), s.getScheduledStart(), s.getStartedAt(), s.getStatus(),
					verdict(cadence.tolerance(), s.getScheduledStart(), s.getStartedAt(), s.getStatus(), now)));
		}
		int kept = (int) entries.stream().filter((e) -> e.verdict() == Verdict.KEPT).count();
		int due = (int) entries.stream().filter((e) -> e.verdict() != Verdict.UPCOMING).count();
		int streak = 0;
		for (int i = entries.size() - 1; i >= 0; i--) {
			Verdict v = entries.get(i).verdict();
			if (v == Verdict.UPCOMING) {
				continue;
			}
			if (v != Verdict.KEPT) {
				break;
			}
			streak++;
		}
		return new CadenceReport(entries, kept, due, streak);
	}

	static Verdict verdict(Duration tolerance, Instant planned, Instant heldAt, SessionStatus status, Instant now) {
		if (heldAt != null) {
			boolean onTime = Duration.between(planned, heldAt).abs().compareTo(tolerance) <= 0;
			return onTime ? Verdict.KEPT : Verdict.OFF_CADENCE;
		}
		boolean stillPossible = status == SessionStatus.PLANNED && now.isBefore(planned.plus(tolerance));
		return stillPossible ? Verdict.UPCOMING : Verdict.MISSED;
	}

}

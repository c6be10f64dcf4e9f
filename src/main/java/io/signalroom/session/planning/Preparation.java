package io.signalroom.session.planning;

import java.util.List;

/**
 * Who has prepared for a session: a participant has when they wrote at least two
 * observations (or one per record, if they were given fewer than two).
 */
public record Preparation(List<Person> people, int prepared, int total) {

	public static final int OBSERVATIONS_ASKED = 2;

	/** The records handed out per participant. */
	public static final int RECORDS_PER_PARTICIPANT = 3;

	public record Person(long userId, List<Assignment> assignments) {

		public long observed() {
			return this.assignments.stream().filter(Assignment::isObserved).count();
		}

		public boolean isPrepared() {
			return !this.assignments.isEmpty() && observed() >= Math.min(OBSERVATIONS_ASKED, this.assignments.size());
		}

	}

}

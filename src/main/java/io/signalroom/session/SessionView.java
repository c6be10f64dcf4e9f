package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.live.LiveTopic;
import io.signalroom.session.running.SessionTopics;
import io.signalroom.workspace.Department;

/**
 * What other modules (the live transport, insights) may know of a practice session: its
 * plan and where it stands. {@code currentItem} is the index into {@code agenda} while it
 * runs, else null.
 */
public record SessionView(long id, long workspaceId, Long seriesId, String focus, String objective,
		LearningGoal learningGoal, long facilitatorUserId, SessionStatus status, Instant scheduledStart,
		int durationMinutes, String joinCode, Integer currentItem, Instant startedAt, Instant endedAt,
		List<Item> agenda, List<Participant> participants, List<Long> customerIds, boolean anonymizeCustomers) {

	/**
	 * One agenda item: planned minutes, minutes added while running, and what actually
	 * happened (null until the item ran). {@code remainingSeconds} is as of the moment
	 * the view was made, negative on overrun.
	 */
	public record Item(long id, String title, int plannedMinutes, int extraMinutes, Instant actualStartedAt,
			Instant actualEndedAt, int elapsedSeconds, boolean running, long remainingSeconds) {

	}

	public record Participant(long userId, Department department) {

	}

	/**
	 * The live topic every open page of this session follows; another module publishes
	 * there (an event name and no private content) to make those pages re-fetch its
	 * fragments.
	 */
	public LiveTopic liveTopic() {
		return SessionTopics.of(this.workspaceId, this.id);
	}

	public boolean isParticipant(long userId) {
		return this.facilitatorUserId == userId || this.participants.stream().anyMatch((p) -> p.userId() == userId);
	}

}

package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;

/**
 * What other modules (insights) may read of a session's board, as the reader sees it: the
 * interpretations with their votes, oldest first, and the clusters they were grouped
 * into.
 */
public record SessionBoard(SessionView session, List<Entry> entries, List<Cluster> clusters) {

	/**
	 * One interpretation; {@code timelineEventId} and {@code detectedSignalId} are set
	 * when the author pointed at one.
	 */
	public record Entry(long id, long authorUserId, Department department, long customerId, Long timelineEventId,
			Long detectedSignalId, String text, SignalCategory category, int confidence, long votes,
			Instant createdAt) {

	}

	public record Cluster(long id, String name, List<Long> entryIds) {

	}

	/**
	 * The entries with the most votes first (ties: oldest first), at most {@code limit}.
	 */
	public List<Entry> topVoted(int limit) {
		return this.entries.stream()
			.filter((e) -> e.votes() > 0)
			.sorted(java.util.Comparator.comparingLong(Entry::votes).reversed())
			.limit(limit)
			.toList();
	}

}

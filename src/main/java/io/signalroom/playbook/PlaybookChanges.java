package io.signalroom.playbook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The changelog of one workspace's playbook.
 */
interface PlaybookChanges extends JpaRepository<PlaybookChange, Long> {

	List<PlaybookChange> findByWorkspaceIdOrderByChangedAtDescIdDesc(long workspaceId, Pageable page);

	boolean existsByWorkspaceIdAndInsightIdAndKindAndChangedAtBetween(long workspaceId, Long insightId, ChangeKind kind,
			Instant from, Instant to);

}

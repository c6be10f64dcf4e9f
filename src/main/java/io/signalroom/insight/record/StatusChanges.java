package io.signalroom.insight.record;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Insights' status histories. Read only through an insight already found in the
 * workspace.
 */
interface StatusChanges extends JpaRepository<StatusChange, Long> {

	List<StatusChange> findByInsightIdOrderByChangedAtAscIdAsc(long insightId);

}

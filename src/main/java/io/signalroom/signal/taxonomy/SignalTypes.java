package io.signalroom.signal.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.signalroom.signal.SignalCategory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The signal types of one workspace; every lookup takes the workspace.
 */
public interface SignalTypes extends JpaRepository<SignalType, Long> {

	Optional<SignalType> findByWorkspaceIdAndId(long workspaceId, long id);

	List<SignalType> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

	@Query("""
			select t from SignalType t where t.workspaceId = :workspaceId
			and (:category is null or t.category = :category)
			and (:search = '' or lower(t.name) like concat('%', :search, '%')
			     or lower(t.definition) like concat('%', :search, '%'))
			and (:withRetired = true or t.retiredAt is null)
			order by t.category, lower(t.name)""")
	List<SignalType> browse(long workspaceId, SignalCategory category, String search, boolean withRetired);

	@Query("""
			select t from SignalType t where t.workspaceId = :workspaceId and t.retiredAt is null
			and t.nextReviewOn <= :today order by t.nextReviewOn, lower(t.name)""")
	List<SignalType> dueForReview(long workspaceId, java.time.LocalDate today);

	@Query("""
			select t from SignalType t where t.workspaceId = :workspaceId and t.retiredAt is null
			order by lower(t.name), t.id""")
	List<SignalType> active(long workspaceId);

	boolean existsByWorkspaceId(long workspaceId);

	@Query("select count(t) > 0 from SignalType t where t.workspaceId = :workspaceId and lower(t.name) = lower(:name) "
			+ "and (:exceptId is null or t.id <> :exceptId)")
	boolean nameTaken(long workspaceId, String name, Long exceptId);

}

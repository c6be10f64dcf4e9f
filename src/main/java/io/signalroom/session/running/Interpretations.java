package io.signalroom.session.running;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Interpretations extends JpaRepository<Interpretation, Long> {

	/**
	 * What one viewer may see of a session's interpretations, oldest first: everything
	 * except other people's entries from a silent round not yet revealed.
	 */
	@Query("""
			select i from Interpretation i
			where i.workspaceId = :workspaceId and i.sessionId = :sessionId
			  and (i.silentRoundId is null or i.authorId = :viewerId
			       or exists (select r from SilentRound r where r.id = i.silentRoundId and r.revealedAt is not null))
			order by i.createdAt, i.id""")
	List<Interpretation> visibleTo(long workspaceId, long sessionId, long viewerId);

	long countByWorkspaceIdAndSessionId(long workspaceId, long sessionId);

}

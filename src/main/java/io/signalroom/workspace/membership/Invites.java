package io.signalroom.workspace.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Invites extends JpaRepository<Invite, Long> {

	@Query("select i from Invite i join fetch i.workspace where i.tokenHash = :tokenHash")
	Optional<Invite> findByTokenHash(String tokenHash);

	@Query("""
			select i from Invite i where i.workspace.id = :workspaceId
			and i.acceptedAt is null and i.revokedAt is null order by i.createdAt desc""")
	List<Invite> findOpenInWorkspace(long workspaceId);

	@Query("select i from Invite i where i.workspace.id = :workspaceId and i.id = :id")
	Optional<Invite> findInWorkspace(long workspaceId, long id);

}

package io.signalroom.session.running;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SilentRounds extends JpaRepository<SilentRound, Long> {

	@Query("select r from SilentRound r where r.workspaceId = :workspaceId and r.sessionId = :sessionId and r.revealedAt is null")
	Optional<SilentRound> open(long workspaceId, long sessionId);

}

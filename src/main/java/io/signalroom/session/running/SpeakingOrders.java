package io.signalroom.session.running;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpeakingOrders extends JpaRepository<SpeakingOrder, Long> {

	@Query("select o from SpeakingOrder o where o.workspaceId = :workspaceId and o.sessionId = :sessionId and o.endedAt is null")
	Optional<SpeakingOrder> open(long workspaceId, long sessionId);

}

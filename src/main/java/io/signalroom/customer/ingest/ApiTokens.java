package io.signalroom.customer.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * API tokens of one workspace; every lookup takes the workspace.
 */
interface ApiTokens extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByWorkspaceIdOrderByCreatedAtDesc(long workspaceId);

	Optional<ApiToken> findByWorkspaceIdAndId(long workspaceId, long id);

}

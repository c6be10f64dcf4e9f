package io.signalroom.customer.book;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Customers of one workspace; every lookup takes the workspace.
 */
public interface Customers extends JpaRepository<Customer, Long> {

	Optional<Customer> findByWorkspaceIdAndId(long workspaceId, long id);

	Optional<Customer> findByWorkspaceIdAndExternalId(long workspaceId, String externalId);

	List<Customer> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

	long countByWorkspaceId(long workspaceId);

}

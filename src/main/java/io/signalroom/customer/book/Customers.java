package io.signalroom.customer.book;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Customers of one workspace; every lookup takes the workspace.
 */
public interface Customers extends JpaRepository<Customer, Long> {

	Optional<Customer> findByWorkspaceIdAndId(long workspaceId, long id);

	Optional<Customer> findByWorkspaceIdAndExternalId(long workspaceId, String externalId);

	long countByWorkspaceId(long workspaceId);

}

package io.signalroom.workspace;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the demo workspace made on an earlier start, so other modules can add demo data
 * that it still lacks (those that listen to {@link DemoWorkspaceCreated} miss a workspace
 * made before they existed).
 */
@Service
public class DemoWorkspaces {

	public static final String NAME = "Demo: Northwind Cloud";

	private final JdbcClient jdbc;

	private final MemberDirectory members;

	DemoWorkspaces(JdbcClient jdbc, MemberDirectory members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** The demo workspace's id, if it was ever made. */
	@Transactional(readOnly = true)
	public Optional<Long> workspaceId() {
		return this.jdbc.sql("select id from workspace where name = ? order by id limit 1")
			.param(NAME)
			.query(Long.class)
			.optional();
	}

	/** The demo workspace with its first active admin, as it was announced when made. */
	@Transactional(readOnly = true)
	public Optional<DemoWorkspaceCreated> withAdmin() {
		return workspaceId().flatMap((workspaceId) -> this.members.activeMembers(workspaceId)
			.stream()
			.filter((m) -> m.role() == Role.ADMIN)
			.findFirst()
			.map((admin) -> new DemoWorkspaceCreated(workspaceId, admin.userId())));
	}

}

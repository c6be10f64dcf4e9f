package io.signalroom.customer.importing;

import java.util.UUID;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object mother for import tests: a fresh workspace with an admin, so tests sharing the
 * database never see each other's customers.
 */
final class TestWorkspaces {

	static final String PASSWORD = "import-test-password";

	private TestWorkspaces() {
	}

	static CurrentMember freshAdmin(JdbcClient jdbc) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long workspace = jdbc.sql("insert into workspace (name) values (?) returning id")
			.param("Import " + tag)
			.query(Long.class)
			.single();
		String email = "importer-" + tag + "@example.test";
		long user = jdbc.sql("""
				insert into app_user (email, display_name, password_hash, last_workspace_id)
				values (?, ?, ?, ?) returning id""")
			.params(email, "Importer " + tag, "{noop}" + PASSWORD, workspace)
			.query(Long.class)
			.single();
		jdbc.sql("insert into membership (workspace_id, user_id, role, department) values (?, ?, 'ADMIN', 'REVOPS')")
			.params(workspace, user)
			.update();
		return new CurrentMember(user, email, "Importer " + tag, workspace, "Import " + tag, Role.ADMIN,
				Department.REVOPS);
	}

	static long count(JdbcClient jdbc, String table, long workspaceId) {
		return jdbc.sql("select count(*) from " + table + " where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

}

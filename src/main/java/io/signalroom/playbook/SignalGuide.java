package io.signalroom.playbook;

import java.util.Arrays;
import java.util.List;

import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's active signal types as the playbook prints them.
 * <p>
 * {@code SignalTaxonomy} does not offer the library's entries yet, and the signal module
 * belongs to another team, so this reads the {@code signal_type} table directly, read
 * only and scoped by workspace. It should move behind a {@code SignalTaxonomy} method.
 */
@Component
class SignalGuide {

	private final JdbcClient jdbc;

	SignalGuide(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active (not retired) signal types, by category and name. */
	List<SignalEntry> activeTypes(long workspaceId) {
		return this.jdbc.sql("""
				select id, name, category, definition, interpretation, recommended_response, notify_departments
				from signal_type where workspace_id = ? and retired_at is null
				order by category, lower(name)""")
			.param(workspaceId)
			.query((rs, n) -> new SignalEntry(rs.getLong("id"), rs.getString("name"),
					SignalCategory.valueOf(rs.getString("category")), rs.getString("definition"),
					rs.getString("interpretation"), rs.getString("recommended_response"),
					departments(rs.getString("notify_departments"))))
			.list();
	}

	static List<Department> departments(String stored) {
		return Arrays.stream(stored.split(",")).filter((d) -> !d.isBlank()).map(Department::valueOf).sorted().toList();
	}

	record SignalEntry(long id, String name, SignalCategory category, String definition, String interpretation,
			String recommendedResponse, List<Department> departmentsToNotify) {

	}

}

package io.signalroom.customer.importing;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mappings saved by name in a workspace, to be laid over the next file of the same shape.
 */
@Repository
public class SavedMappings {

	public record SavedMapping(long id, String name, ImportTarget target) {

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SavedMappings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(long workspaceId, String name, ImportMapping mapping) {
		this.jdbc.sql("""
				insert into import_mapping (workspace_id, name, target, mapping) values (?, ?, ?, ?::jsonb)
				on conflict (workspace_id, name) do update set target = excluded.target, mapping = excluded.mapping""")
			.params(workspaceId, name, mapping.target().name(), this.json.writeValueAsString(mapping))
			.update();
	}

	List<SavedMapping> all(long workspaceId) {
		return this.jdbc.sql("select id, name, target from import_mapping where workspace_id = ? order by name")
			.param(workspaceId)
			.query((rs, n) -> new SavedMapping(rs.getLong("id"), rs.getString("name"),
					ImportTarget.valueOf(rs.getString("target"))))
			.list();
	}

	Optional<ImportMapping> find(long workspaceId, long id) {
		return this.jdbc.sql("select mapping from import_mapping where workspace_id = ? and id = ?")
			.params(workspaceId, id)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, ImportMapping.class));
	}

}

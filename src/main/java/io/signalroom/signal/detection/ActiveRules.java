package io.signalroom.signal.detection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules an evaluation runs: those of the workspace's signal types that are not
 * retired and have one, in the order the types were made.
 */
@Component
class ActiveRules {

	private final JdbcClient jdbc;

	ActiveRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every active rule of the workspace, or only that of one signal type when given. */
	List<ActiveRule> of(long workspaceId, Long signalTypeId) {
		return this.jdbc.sql("""
				select id, detection_rule from signal_type
				where workspace_id = :ws and retired_at is null and detection_rule is not null
				  and (cast(:type as bigint) is null or id = cast(:type as bigint))
				order by id""")
			.param("ws", workspaceId)
			.param("type", signalTypeId)
			.query((rs, n) -> new ActiveRule(rs.getLong(1), DetectionRule.decode(rs.getString(2))))
			.list();
	}

}

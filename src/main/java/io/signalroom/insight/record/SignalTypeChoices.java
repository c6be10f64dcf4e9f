package io.signalroom.insight.record;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of the workspace's signal types, for the insight form's pick list and the facets
 * of an insight. Read-only SQL on the taxonomy table: the signal module's facade offers
 * no list of types yet.
 */
@Component
class SignalTypeChoices {

	private final JdbcClient jdbc;

	SignalTypeChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The types in use (not retired), by name. */
	@Transactional(readOnly = true)
	List<SignalTypeRef> active(long workspaceId) {
		return this.jdbc.sql(
				"select id, name from signal_type where workspace_id = ? and retired_at is null order by lower(name), id")
			.param(workspaceId)
			.query((rs, n) -> new SignalTypeRef(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The named types of the workspace, retired or not, in the order given. */
	@Transactional(readOnly = true)
	List<SignalTypeRef> named(long workspaceId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from signal_type where workspace_id = ? and id = any (?)")
			.params(workspaceId, ids.toArray(Long[]::new))
			.query((rs) -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return ids.stream().filter(names::containsKey).map((id) -> new SignalTypeRef(id, names.get(id))).toList();
	}

	/** A signal type as a link: {@code /signals/{id}}. */
	public record SignalTypeRef(long id, String name) {

	}

}

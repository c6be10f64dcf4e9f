package io.signalroom.signal.taxonomy;

import io.signalroom.workspace.WorkspaceCreated;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every workspace starts with the starter library: new ones as they are created (in the
 * same transaction, so a workspace never exists without it), and on startup any that were
 * made before this module existed.
 */
@Component
class TaxonomySeeding implements SmartInitializingSingleton {

	private final TaxonomyService taxonomy;

	private final JdbcClient jdbc;

	TaxonomySeeding(TaxonomyService taxonomy, JdbcClient jdbc) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	/**
	 * A plain listener on purpose: it runs inside the transaction that creates the
	 * workspace, so both commit or neither does.
	 */
	@EventListener
	void on(WorkspaceCreated created) {
		this.taxonomy.seedStarterLibrary(created.workspaceId());
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.jdbc.sql(
				"select w.id from workspace_fact w where not exists (select 1 from signal_type s where s.workspace_id = w.id)")
			.query(Long.class)
			.list()
			.forEach(this.taxonomy::seedStarterLibrary);
	}

}

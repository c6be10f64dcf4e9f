package io.signalroom.customer.book;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a workspace shows its customers under pseudonyms. Off unless an admin turned it
 * on.
 */
@Component
public class AnonymizationSetting {

	private final JdbcClient jdbc;

	AnonymizationSetting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean isOn(long workspaceId) {
		return this.jdbc.sql("select anonymize from customer_settings where workspace_id = ?")
			.param(workspaceId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Transactional
	public void set(long workspaceId, boolean anonymize) {
		this.jdbc.sql("""
				insert into customer_settings (workspace_id, anonymize) values (?, ?)
				on conflict (workspace_id) do update set anonymize = excluded.anonymize, updated_at = now()""")
			.params(workspaceId, anonymize)
			.update();
	}

}

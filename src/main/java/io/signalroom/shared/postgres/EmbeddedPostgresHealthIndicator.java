package io.signalroom.shared.postgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the embedded PostgreSQL as its supervisor sees it, with why it is down (part
 * of readiness). Unknown when the app uses an external database.
 */
@Component
class EmbeddedPostgresHealthIndicator implements HealthIndicator {

	private final ObjectProvider<EmbeddedPostgresSupervisor> supervisor;

	EmbeddedPostgresHealthIndicator(ObjectProvider<EmbeddedPostgresSupervisor> supervisor) {
		this.supervisor = supervisor;
	}

	@Override
	public Health health() {
		EmbeddedPostgresSupervisor watching = this.supervisor.getIfAvailable();
		if (watching == null) {
			return Health.unknown().withDetail("embedded", false).build();
		}
		Health.Builder health = watching.available() ? Health.up() : Health.down();
		health.withDetail("state", watching.state().name())
			.withDetail("since", watching.since().toString())
			.withDetail("restarts", watching.restarts());
		if (!watching.reason().isEmpty()) {
			health.withDetail("reason", watching.reason());
		}
		return health.build();
	}

}

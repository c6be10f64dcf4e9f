package io.signalroom.support;

import io.signalroom.shared.postgres.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that chooses the tests' real PostgreSQL: a Testcontainers container when
 * a Docker engine answers, otherwise the same embedded server the app runs on, in a
 * throwaway directory.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(DockerMissing.class)
	JdbcConnectionDetails embeddedPostgres() {
		EmbeddedPostgres server = EmbeddedTestPostgres.shared();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return server.username();
			}

			@Override
			public String getPassword() {
				return server.password();
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Docker.available();
		}

	}

	static final class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !Docker.available();
		}

	}

	private static final class Docker {

		private static Boolean available;

		static synchronized boolean available() {
			if (available == null) {
				boolean disabled = Boolean.getBoolean("signalroom.tests.noDocker")
						|| "true".equals(System.getenv("SIGNALROOM_TESTS_NO_DOCKER"));
				available = !disabled && DockerClientFactory.instance().isDockerAvailable();
			}
			return available;
		}

	}

}

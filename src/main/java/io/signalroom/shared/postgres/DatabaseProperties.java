package io.signalroom.shared.postgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, under {@code signalroom.db}
 * ({@code SIGNALROOM_DB_EMBEDDED}, {@code SIGNALROOM_DB_DIRECTORY},
 * {@code SIGNALROOM_DB_PORT}). Read before the application context exists, by
 * {@link EmbeddedPostgresEnvironment}.
 *
 * @param embedded whether to start the embedded server (unless
 * {@code spring.datasource.url} points elsewhere)
 * @param directory its data directory; unset, one chosen for the user the app runs as
 * @param port its port
 */
@ConfigurationProperties("signalroom.db")
record DatabaseProperties(@DefaultValue("true") boolean embedded, Path directory,
		@DefaultValue("" + EmbeddedPostgresEnvironment.DEFAULT_PORT) int port) {

}

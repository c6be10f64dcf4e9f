package io.signalroom.shared.postgres;

import java.nio.file.Path;
import java.util.Map;

import com.sun.security.auth.module.UnixSystem;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL before anything needs a database, unless
 * {@code spring.datasource.url} points at an external one or
 * {@code signalroom.db.embedded} is false, and hands its address to Spring as
 * {@code spring.datasource.*}. The server starts when the application context is being
 * prepared (logging is set up by then, so its lifecycle reaches the app log), is watched
 * by an {@link EmbeddedPostgresSupervisor}, and stops after every bean that uses it when
 * the context closes.
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final int DEFAULT_PORT = 15432;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DatabaseProperties settings = Binder.get(environment).bindOrCreate("signalroom.db", DatabaseProperties.class);
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || !settings.embedded()) {
			return;
		}
		Path directory = (settings.directory() != null) ? settings.directory() : Path.of(defaultDirectory());
		int port = settings.port();
		application.addInitializers((context) -> start(context, directory, port));
	}

	private static void start(ConfigurableApplicationContext context, Path directory, int port) {
		EmbeddedPostgres server = EmbeddedPostgres.start(directory, port);
		ConfigurableEnvironment environment = context.getEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", server.jdbcUrl(),
					"spring.datasource.username", server.username(), "spring.datasource.password", server.password())));
		// uploads stay beside the database unless configured elsewhere
		environment.getPropertySources()
			.addLast(new MapPropertySource("embeddedPostgresDefaults",
					Map.of("signalroom.import.directory", directory.toAbsolutePath().resolve("uploads").toString())));
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
		beans.registerSingleton("embeddedPostgres", server);
		// registered before any other bean, so destroyed after all of them (the
		// connection pool included)
		beans.registerDisposableBean("embeddedPostgresShutdown", (DisposableBean) server::stop);
		beans.registerSingleton("embeddedPostgresSupervisor", new EmbeddedPostgresSupervisor(server, context));
	}

	/**
	 * Root's home is closed to the unprivileged account PostgreSQL runs as, so root keeps
	 * data in /var/lib.
	 */
	static String defaultDirectory() {
		if (new UnixSystem().getUid() == 0) {
			return "/var/lib/signalroom";
		}
		return Path.of(System.getProperty("user.home"), ".signalroom").toString();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

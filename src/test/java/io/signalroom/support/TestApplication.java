package io.signalroom.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.signalroom.SignalRoomApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts a whole app instance on a random port the way {@code SpringApplication.run}
 * does, for tests that need more than one instance or a real server outside
 * {@code @SpringBootTest}. As in {@code @SpringBootTest}, component scanning leaves out
 * the test sources' {@code @TestConfiguration} classes (such as {@link TestDatabase} and
 * pages made for one test); only the sources passed in are added.
 */
public final class TestApplication {

	private TestApplication() {
	}

	/**
	 * Starts an instance without the demo workspace.
	 * @param properties {@code name=value} settings of this instance; like command-line
	 * arguments they win over the application's and the tests' properties files
	 */
	public static ConfigurableApplicationContext start(Class<?>[] sources, String... properties) {
		return startWithArguments(sources, new String[0], properties);
	}

	/**
	 * As {@link #start}, with command-line arguments, which outrank the tests'
	 * configuration files (as {@code --signalroom.db.embedded=true} must).
	 */
	public static ConfigurableApplicationContext startWithArguments(Class<?>[] sources, String[] arguments,
			String... properties) {
		Class<?>[] all = new Class<?>[sources.length + 1];
		all[0] = SignalRoomApplication.class;
		System.arraycopy(sources, 0, all, 1, sources.length);
		Map<String, String> settings = new LinkedHashMap<>(
				Map.of("server.port", "0", "signalroom.demo.enabled", "false"));
		for (String property : properties) {
			String[] nameAndValue = property.split("=", 2);
			settings.put(nameAndValue[0], nameAndValue[1]);
		}
		return new SpringApplicationBuilder(all)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testConfigurationsExcluded", new TestConfigurationsExcluded()))
			.run(java.util.stream.Stream.concat(java.util.Arrays.stream(arguments),
					settings.entrySet().stream().map((setting) -> "--" + setting.getKey() + "=" + setting.getValue()))
				.toArray(String[]::new));
	}

	/** The instance's {@code http://127.0.0.1:<port>}. */
	public static String baseUrl(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
	}

	static final class TestConfigurationsExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			if (reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())) {
				return true;
			}
			String enclosing = reader.getClassMetadata().getEnclosingClassName();
			return enclosing != null && match(factory.getMetadataReader(enclosing), factory);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestConfigurationsExcluded;
		}

		@Override
		public int hashCode() {
			return TestConfigurationsExcluded.class.hashCode();
		}

	}

}

package io.signalroom.customer.importing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of CSV imports, under {@code signalroom.import}.
 *
 * @param directory where uploads wait while they are mapped and imported
 * ({@code signalroom-imports} in the system's temporary directory unless set)
 */
@ConfigurationProperties("signalroom.import")
record ImportProperties(Path directory) {

	ImportProperties {
		if (directory == null) {
			directory = Path.of(System.getProperty("java.io.tmpdir"), "signalroom-imports");
		}
	}

}

package io.signalroom.customer.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this instance keeps uploaded files and for how long.
 *
 * @param directory a folder of this instance's own; with the embedded database it
 * defaults to {@code uploads/} in the database directory
 * @param keep how long a file, and a job waiting for a decision, is kept at most
 */
@ConfigurationProperties("signalroom.import")
record ImportSettings(Path directory, @DefaultValue("1d") Duration keep) {

	ImportSettings {
		if (directory == null) {
			directory = Path.of(System.getProperty("java.io.tmpdir"), "signalroom-uploads");
		}
	}

}

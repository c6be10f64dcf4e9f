package io.signalroom.shared.postgres;

import java.nio.file.Path;

/**
 * Another app's JVM, as far as the database directory is concerned: starts the embedded
 * server in the directory it is given, says so on standard output and waits to be killed.
 */
public final class OwnerProcess {

	private OwnerProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]), Path.of(args[1]), 0);
		System.out.println("READY " + server.port() + " " + server.pid());
		System.out.flush();
		System.in.read();
	}

}

package io.signalroom.shared.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one process the owner of a database directory for as long as it lives: an
 * operating-system lock on {@code owner.lock}, which holds the owner's pid. The operating
 * system drops the lock when the owner dies, however it dies, so a server a killed JVM
 * left running can be taken over by the next start, while a live owner's server is never
 * touched.
 */
final class DirectoryLock {

	static final String FILE = "owner.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @throws DirectoryInUseException when another process (or this one) owns it
	 */
	static DirectoryLock acquire(Path directory) {
		Path file = directory.resolve(FILE);
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				String owner = ownerOf(channel);
				channel.close();
				throw new DirectoryInUseException(directory, owner);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(true);
			return new DirectoryLock(channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock " + file, ex);
		}
	}

	void release() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the lock goes with the process anyway
		}
	}

	private static String ownerOf(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(64);
		channel.read(buffer, 0);
		String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
		return pid.isEmpty() ? "unknown" : pid;
	}

	/** Another process owns the directory. */
	static final class DirectoryInUseException extends IllegalStateException {

		private final Path directory;

		private final String ownerPid;

		DirectoryInUseException(Path directory, String ownerPid) {
			super("The database directory " + directory + " is in use by process " + ownerPid
					+ " (another SignalRoom). Stop that process first, or give this one a directory of its own "
					+ "with SIGNALROOM_DB_DIRECTORY (and another SIGNALROOM_DB_PORT).");
			this.directory = directory;
			this.ownerPid = ownerPid;
		}

		Path directory() {
			return this.directory;
		}

		String ownerPid() {
			return this.ownerPid;
		}

	}

}

package io.signalroom.customer.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One uploaded file on its way into the workspace: where it stands, how it is mapped and
 * what its rows gave.
 */
public record ImportJob(long id, long workspaceId, String fileName, String filePath, long fileSize, String charset,
		char delimiter, boolean crlf, ImportMapping mapping, ImportStatus status, long rowsRead, long rowsValid,
		long rowsRejected, long rowsImported, long rowsExisting, String errorMessage, Instant createdAt) {

	Path file() {
		return Path.of(this.filePath);
	}

	Charset charsetOrUtf8() {
		return (this.charset != null) ? Charset.forName(this.charset) : java.nio.charset.StandardCharsets.UTF_8;
	}

	/** Customers created (not updated), or events new to the workspace. */
	public long rowsNew() {
		return (target() == ImportTarget.CUSTOMERS) ? this.rowsImported - this.rowsExisting : this.rowsImported;
	}

	public boolean needsEncoding() {
		return this.charset == null;
	}

	public ImportTarget target() {
		return (this.mapping != null) ? this.mapping.target() : null;
	}

	public String delimiterName() {
		return switch (this.delimiter) {
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> "comma";
		};
	}

}

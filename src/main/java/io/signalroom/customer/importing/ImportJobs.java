package io.signalroom.customer.importing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import jobs of a workspace; every lookup takes the workspace, except the background
 * worker's, which only ever gets ids of jobs it was handed.
 */
@Repository
class ImportJobs {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long create(long workspaceId, long userId, String fileName, String path, long size, String charset, char delimiter,
			boolean crlf) {
		return this.jdbc.sql("""
				insert into import_job (workspace_id, created_by, file_name, file_path, file_size, charset, delimiter,
				                        crlf, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED') returning id""")
			.params(workspaceId, userId, fileName, path, size, charset, String.valueOf(delimiter), crlf)
			.query(Long.class)
			.single();
	}

	Optional<ImportJob> find(long workspaceId, long id) {
		return this.jdbc.sql("select * from import_job where workspace_id = ? and id = ?")
			.params(workspaceId, id)
			.query(this::map)
			.optional();
	}

	ImportJob get(long id) {
		return this.jdbc.sql("select * from import_job where id = ?").param(id).query(this::map).single();
	}

	List<ImportJob> recent(long workspaceId, int limit) {
		return this.jdbc
			.sql("select * from import_job where workspace_id = ? order by created_at desc, id desc limit ?")
			.params(workspaceId, limit)
			.query(this::map)
			.list();
	}

	void chooseCharset(long id, String charset) {
		this.jdbc.sql("update import_job set charset = ?, updated_at = now() where id = ?")
			.params(charset, id)
			.update();
	}

	void saveMapping(long id, ImportMapping mapping) {
		this.jdbc.sql(
				"update import_job set mapping = ?::jsonb, target = ?, updated_at = now() where id = ? and status = 'UPLOADED'")
			.params(this.json.writeValueAsString(mapping), mapping.target().name(), id)
			.update();
	}

	/** Moves the job on only from the expected status; false when it was elsewhere. */
	boolean move(long id, ImportStatus from, ImportStatus to) {
		return this.jdbc.sql("update import_job set status = ?, updated_at = now() where id = ? and status = ?")
			.params(to.name(), id, from.name())
			.update() == 1;
	}

	void validated(long id, long read, long valid, long rejected) {
		this.jdbc.sql("""
				update import_job set status = 'VALIDATED', rows_read = ?, rows_valid = ?, rows_rejected = ?,
				                      updated_at = now() where id = ?""").params(read, valid, rejected, id).update();
	}

	void imported(long id, long imported, long existing) {
		this.jdbc.sql("""
				update import_job set status = 'IMPORTED', rows_imported = ?, rows_existing = ?, updated_at = now()
				where id = ?""").params(imported, existing, id).update();
	}

	/**
	 * Fails a job still checking or importing; false when it has settled meanwhile (its
	 * step committed, and the failure came after).
	 */
	boolean failed(long id, String message) {
		String text = (message != null && message.length() > 2000) ? message.substring(0, 2000) : message;
		return this.jdbc.sql("""
				update import_job set status = 'FAILED', error_message = ?, updated_at = now()
				where id = ? and status in ('VALIDATING', 'IMPORTING')""").params(text, id).update() == 1;
	}

	/**
	 * Jobs left running by a stopped server will never finish; they wait for a retry or a
	 * discard.
	 */
	int failInterrupted(String message) {
		return this.jdbc.sql("""
				update import_job set status = 'FAILED', error_message = ?, updated_at = now()
				where status in ('VALIDATING', 'IMPORTING')""").param(message).update();
	}

	/** A failed job goes back to checking its file, from scratch. */
	boolean retry(long id) {
		return this.jdbc.sql("""
				update import_job set status = 'VALIDATING', error_message = null, rows_read = 0, rows_valid = 0,
				                      rows_rejected = 0, rows_imported = 0, rows_existing = 0, updated_at = now()
				where id = ? and status = 'FAILED' and mapping is not null""").param(id).update() == 1;
	}

	/**
	 * Discards the jobs that have waited for a decision (or a retry) since before
	 * {@code cutoff}.
	 * @return their files
	 */
	List<Path> expireWaiting(Instant cutoff, String message) {
		return this.jdbc.sql("""
				update import_job set status = 'DISCARDED', error_message = ?, updated_at = now()
				where status in ('UPLOADED', 'VALIDATED', 'FAILED') and updated_at < ?
				returning file_path""")
			.params(message, Timestamp.from(cutoff))
			.query((rs, n) -> Path.of(rs.getString(1)))
			.list();
	}

	/** The files jobs still need: to check, to import from or to retry. */
	Set<Path> filesInUse() {
		return this.jdbc
			.sql("select file_path from import_job where status in ('UPLOADED', 'VALIDATING', 'VALIDATED', "
					+ "'IMPORTING', 'FAILED')")
			.query((rs, n) -> Path.of(rs.getString(1)).toAbsolutePath().normalize())
			.set();
	}

	/** Staged rows are worth keeping only for jobs being checked or waiting to import. */
	long deleteStagingOfSettledJobs() {
		String settled = " s where not exists (select 1 from import_job j where j.id = s.job_id "
				+ "and j.status in ('VALIDATING', 'VALIDATED', 'IMPORTING'))";
		return this.jdbc.sql("delete from import_staged_customer" + settled).update()
				+ this.jdbc.sql("delete from import_staged_event" + settled).update();
	}

	private ImportJob map(ResultSet rs, int row) throws SQLException {
		String mapping = rs.getString("mapping");
		return new ImportJob(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("file_name"),
				rs.getString("file_path"), rs.getLong("file_size"), rs.getString("charset"),
				rs.getString("delimiter").charAt(0), rs.getBoolean("crlf"),
				(mapping != null) ? this.json.readValue(mapping, ImportMapping.class) : null,
				ImportStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_valid"),
				rs.getLong("rows_rejected"), rs.getLong("rows_imported"), rs.getLong("rows_existing"),
				rs.getString("error_message"), rs.getTimestamp("created_at").toInstant());
	}

}

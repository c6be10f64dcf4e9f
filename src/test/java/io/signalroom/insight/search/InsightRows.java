package io.signalroom.insight.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Object mother for repository tests: inserts insight rows straight into the table (the
 * insight module's recording lives on another branch), as written by a member.
 */
@Component
public class InsightRows {

	private final JdbcClient jdbc;

	InsightRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Row by(CurrentMember author) {
		return new Row(author);
	}

	/** One insight to insert; every property has a plain default. */
	public final class Row {

		private final CurrentMember author;

		private String statement = "Accounts that stop logging in renew less";

		private InsightCategory category = InsightCategory.BEHAVIOUR_TRIGGER;

		private InsightStatus status = InsightStatus.HYPOTHESIS;

		private String testPlan;

		private final List<String> departments = new ArrayList<>();

		private final List<Long> signalTypes = new ArrayList<>();

		private final List<String> segments = new ArrayList<>();

		private final List<String> tags = new ArrayList<>();

		private Long session;

		private Instant createdAt = Instant.parse("2025-03-01T10:00:00Z");

		Row(CurrentMember author) {
			this.author = author;
		}

		public Row saying(String statement) {
			this.statement = statement;
			return this;
		}

		public Row category(InsightCategory category) {
			this.category = category;
			return this;
		}

		public Row status(InsightStatus status) {
			this.status = status;
			return this;
		}

		public Row testedBy(String testPlan) {
			this.testPlan = testPlan;
			return this;
		}

		public Row departments(String... departments) {
			this.departments.addAll(List.of(departments));
			return this;
		}

		public Row signalTypes(Long... ids) {
			this.signalTypes.addAll(List.of(ids));
			return this;
		}

		public Row segments(String... segments) {
			this.segments.addAll(List.of(segments));
			return this;
		}

		public Row tags(String... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		public Row fromSession(long sessionId) {
			this.session = sessionId;
			return this;
		}

		public Row createdAt(String instant) {
			this.createdAt = Instant.parse(instant);
			return this;
		}

		public long save() {
			Timestamp at = Timestamp.from(this.createdAt);
			return InsightRows.this.jdbc
				.sql("""
						insert into insight (workspace_id, session_id, statement, category, status, test_plan,
						                     departments, signal_type_ids, segments, tags, created_by, created_at, updated_at)
						values (:ws, :session, :statement, :category, :status, :testPlan,
						        cast(:departments as varchar[]), cast(:signalTypes as bigint[]), cast(:segments as varchar[]),
						        cast(:tags as varchar[]), :by, :at, :at)
						returning id""")
				.param("ws", this.author.workspaceId())
				.param("session", this.session)
				.param("statement", this.statement)
				.param("category", this.category.name())
				.param("status", this.status.name())
				.param("testPlan", this.testPlan)
				.param("departments", literal(this.departments))
				.param("signalTypes", literal(this.signalTypes.stream().map(String::valueOf).toList()))
				.param("segments", literal(this.segments))
				.param("tags", literal(this.tags))
				.param("by", this.author.userId())
				.param("at", at)
				.query(Long.class)
				.single();
		}

		/** A PostgreSQL array literal of quoted values. */
		private static String literal(List<String> values) {
			List<String> quoted = values.stream()
				.map((v) -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
				.toList();
			return "{" + String.join(",", quoted) + "}";
		}

	}

}

package io.signalroom.insight.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.Department;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lesson a session agreed on: a statement with its evidence, a category, how the team
 * will test it, and where it stands (a hypothesis until a manager validates or refutes
 * it). The facets (departments, signal types, segments, tags) are kept on the row so the
 * repository can count them without joins.
 */
@Entity
public class Insight {

	static final int MAX_REASON = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private Long sessionId;

	private String statement;

	@Enumerated(EnumType.STRING)
	private InsightCategory category;

	@Enumerated(EnumType.STRING)
	private InsightStatus status;

	private String testPlan;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] departments;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private Long[] signalTypeIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] segments;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] tags;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "insight_evidence", joinColumns = @JoinColumn(name = "insight_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected Insight() {
	}

	Insight(long workspaceId, Long sessionId, InsightContent content, List<Evidence> evidence,
			Collection<Department> departments, Collection<String> segments, long createdBy, Instant now) {
		if (evidence.isEmpty()) {
			throw new RuleViolation("interpretationIds", "insight.evidenceRequired");
		}
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.statement = content.statement();
		this.category = content.category();
		this.status = content.status();
		this.testPlan = content.testPlan();
		this.tags = content.tags().toArray(String[]::new);
		this.signalTypeIds = content.signalTypeIds().stream().sorted().toArray(Long[]::new);
		this.departments = departments.stream().sorted().map(Enum::name).distinct().toArray(String[]::new);
		this.segments = segments.stream().sorted().distinct().toArray(String[]::new);
		this.evidence.addAll(evidence);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Validates, refutes or reopens the insight; a reason is required and the status must
	 * actually change.
	 * @return the history line to keep
	 */
	StatusChange changeStatus(InsightStatus to, String reason, long changedBy, Instant now) {
		if (to == null) {
			throw new RuleViolation("to", "insight.status.pick");
		}
		if (to == this.status) {
			throw new RuleViolation("to", "insight.status.same", to.messageKey());
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new RuleViolation("reason", "insight.status.reasonRequired", MAX_REASON);
		}
		if (why.length() > MAX_REASON) {
			throw new RuleViolation("reason", "insight.status.reasonTooLong", MAX_REASON, why.length());
		}
		InsightStatus from = this.status;
		this.status = to;
		this.updatedAt = now;
		return new StatusChange(this.id, from, to, why, changedBy, now);
	}

	/** The first line of the history: the insight was recorded with its status. */
	StatusChange recorded() {
		return new StatusChange(this.id, null, this.status, null, this.createdBy, this.createdAt);
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public String getStatement() {
		return this.statement;
	}

	public InsightCategory getCategory() {
		return this.category;
	}

	public InsightStatus getStatus() {
		return this.status;
	}

	public String getTestPlan() {
		return this.testPlan;
	}

	public List<Department> getDepartments() {
		return Arrays.stream(this.departments).map(Department::valueOf).toList();
	}

	public List<Long> getSignalTypeIds() {
		return List.of(this.signalTypeIds);
	}

	public List<String> getSegments() {
		return List.of(this.segments);
	}

	public List<String> getTags() {
		return List.of(this.tags);
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}

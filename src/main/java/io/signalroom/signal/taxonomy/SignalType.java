package io.signalroom.signal.taxonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalNature;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.workspace.Department;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A named customer behaviour in the workspace's signal taxonomy library, with how to read
 * it, whom to tell, and optionally the rule that spots it in timelines.
 */
@Entity
public class SignalType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private String name;

	@Enumerated(EnumType.STRING)
	private SignalCategory category;

	@Enumerated(EnumType.STRING)
	private SignalNature nature;

	private String definition;

	private String interpretation;

	private String recommendedResponse;

	private String notifyDepartments;

	@Enumerated(EnumType.STRING)
	private Sentiment defaultSentiment;

	private int urgency;

	private String examples;

	@Enumerated(EnumType.STRING)
	private Department ownerDepartment;

	private LocalDate nextReviewOn;

	private String detectionRule;

	private Instant retiredAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected SignalType() {
	}

	SignalType(long workspaceId, SignalTypeContent content, DetectionRule rule, Instant now) {
		this.workspaceId = workspaceId;
		this.createdAt = now;
		apply(content, now);
		this.detectionRule = (rule != null) ? rule.encode() : null;
	}

	void apply(SignalTypeContent content, Instant now) {
		this.name = content.name().strip();
		this.category = content.category();
		this.nature = content.nature();
		this.definition = content.definition().strip();
		this.interpretation = blankToNull(content.interpretation());
		this.recommendedResponse = blankToNull(content.recommendedResponse());
		this.notifyDepartments = content.notifyDepartments()
			.stream()
			.map(Enum::name)
			.collect(Collectors.joining(",", ",", ","));
		this.defaultSentiment = content.defaultSentiment();
		this.urgency = content.urgency();
		this.examples = blankToNull(content.examples());
		this.ownerDepartment = content.ownerDepartment();
		this.nextReviewOn = content.nextReviewOn();
		this.updatedAt = now;
	}

	void changeRule(DetectionRule rule, Instant now) {
		this.detectionRule = (rule != null) ? rule.encode() : null;
		this.updatedAt = now;
	}

	/**
	 * A review that keeps the definition as it is pushes the next review a quarter on.
	 */
	void confirmReview(LocalDate today, Instant now) {
		this.nextReviewOn = today.plusMonths(3);
		this.updatedAt = now;
	}

	void retire(Instant now) {
		this.retiredAt = now;
		this.updatedAt = now;
	}

	public SignalTypeContent content() {
		return new SignalTypeContent(this.name, this.category, this.nature, this.definition, this.interpretation,
				this.recommendedResponse, notifyDepartments(), this.defaultSentiment, this.urgency, this.examples,
				this.ownerDepartment, this.nextReviewOn);
	}

	public boolean isDueForReview(LocalDate today) {
		return this.retiredAt == null && !this.nextReviewOn.isAfter(today);
	}

	public Set<Department> notifyDepartments() {
		Set<Department> result = EnumSet.noneOf(Department.class);
		Arrays.stream(this.notifyDepartments.split(","))
			.filter((d) -> !d.isBlank())
			.map(Department::valueOf)
			.forEach(result::add);
		return result;
	}

	public DetectionRule rule() {
		return DetectionRule.decode(this.detectionRule);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getName() {
		return this.name;
	}

	public SignalCategory getCategory() {
		return this.category;
	}

	public SignalNature getNature() {
		return this.nature;
	}

	public String getDefinition() {
		return this.definition;
	}

	public String getInterpretation() {
		return this.interpretation;
	}

	public String getRecommendedResponse() {
		return this.recommendedResponse;
	}

	public Sentiment getDefaultSentiment() {
		return this.defaultSentiment;
	}

	public int getUrgency() {
		return this.urgency;
	}

	public String getExamples() {
		return this.examples;
	}

	public Department getOwnerDepartment() {
		return this.ownerDepartment;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}

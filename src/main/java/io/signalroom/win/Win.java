package io.signalroom.win;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * An outcome the team credits to its practice, with the insights, action items and
 * customer that led to it. Its author, a manager or an admin may change or delete it.
 */
@Entity
class Win {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	@Enumerated(EnumType.STRING)
	private WinKind kind;

	private String title;

	private String story;

	private BigDecimal valueAmount;

	private LocalDate wonOn;

	private Long customerId;

	private long authorId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "win_insight", joinColumns = @JoinColumn(name = "win_id"))
	@Column(name = "insight_id")
	private Set<Long> insightIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "win_action", joinColumns = @JoinColumn(name = "win_id"))
	@Column(name = "action_item_id")
	private Set<Long> actionIds = new LinkedHashSet<>();

	protected Win() {
	}

	Win(long workspaceId, long authorId, WinDetails details, Instant now) {
		this.workspaceId = workspaceId;
		this.authorId = authorId;
		this.createdAt = now;
		describe(details, now);
	}

	void describe(WinDetails details, Instant now) {
		this.kind = details.kind();
		this.title = details.title().strip();
		this.story = (details.story() == null || details.story().isBlank()) ? null : details.story().strip();
		this.valueAmount = details.value();
		this.wonOn = details.wonOn();
		this.customerId = details.customerId();
		this.insightIds = new LinkedHashSet<>(details.insightIds());
		this.actionIds = new LinkedHashSet<>(details.actionIds());
		this.updatedAt = now;
	}

	boolean isAuthor(long userId) {
		return this.authorId == userId;
	}

	Long getId() {
		return this.id;
	}

	long getWorkspaceId() {
		return this.workspaceId;
	}

	WinKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	String getStory() {
		return this.story;
	}

	BigDecimal getValueAmount() {
		return this.valueAmount;
	}

	LocalDate getWonOn() {
		return this.wonOn;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	long getAuthorId() {
		return this.authorId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

	Set<Long> getInsightIds() {
		return this.insightIds;
	}

	Set<Long> getActionIds() {
		return this.actionIds;
	}

}

package io.signalroom.customer.book;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An account or lead of the workspace's company, read-only in the app: customers are
 * written by imports, the ingest API and the demo generator through
 * {@link CustomerUpserts}.
 */
@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private String externalId;

	private String name;

	private String email;

	private String segment;

	private String plan;

	@Enumerated(EnumType.STRING)
	private LifecycleStage lifecycleStage;

	private String owner;

	private BigDecimal revenue;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private LocalDate outcomeOn;

	private Instant createdAt;

	private Instant updatedAt;

	protected Customer() {
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getSegment() {
		return this.segment;
	}

	public String getPlan() {
		return this.plan;
	}

	public LifecycleStage getLifecycleStage() {
		return this.lifecycleStage;
	}

	public String getOwner() {
		return this.owner;
	}

	public BigDecimal getRevenue() {
		return this.revenue;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public LocalDate getOutcomeOn() {
		return this.outcomeOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}

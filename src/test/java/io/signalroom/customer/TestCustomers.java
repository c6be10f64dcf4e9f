package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.signalroom.customer.book.CustomerUpserts;
import io.signalroom.customer.book.Customers;
import io.signalroom.workspace.Department;

import org.springframework.stereotype.Component;

/**
 * An object mother for customers:
 * {@code customers.in(workspaceId).named("Acme")...save()} writes through
 * {@link CustomerUpserts} as imports do, and answers the new id.
 */
@Component
public class TestCustomers {

	private final CustomerUpserts upserts;

	private final Customers customers;

	private final CustomerCatalog catalog;

	TestCustomers(CustomerUpserts upserts, Customers customers, CustomerCatalog catalog) {
		this.upserts = upserts;
		this.customers = customers;
		this.catalog = catalog;
	}

	public Builder in(long workspaceId) {
		return new Builder(workspaceId);
	}

	/** The name pages that show pseudonyms give the customer ("Customer K7QM2"). */
	public String pseudonymOf(long workspaceId, long customerId) {
		return this.catalog.summary(workspaceId, customerId, CustomerLens.pseudonyms()).orElseThrow().name();
	}

	public final class Builder {

		private final long workspaceId;

		private String externalId = "ext-" + System.nanoTime();

		private String name = "Customer " + System.nanoTime();

		private String email;

		private String segment = "SMB";

		private String plan = "Team";

		private LifecycleStage stage = LifecycleStage.ACTIVE;

		private String owner = "Olivia Owner";

		private BigDecimal revenue = BigDecimal.valueOf(1000);

		private Outcome outcome;

		private LocalDate outcomeOn;

		private final List<EventRecord> events = new ArrayList<>();

		private Builder(long workspaceId) {
			this.workspaceId = workspaceId;
		}

		public Builder externalId(String externalId) {
			this.externalId = externalId;
			return this;
		}

		public Builder named(String name) {
			this.name = name;
			return this;
		}

		public Builder email(String email) {
			this.email = email;
			return this;
		}

		public Builder segment(String segment) {
			this.segment = segment;
			return this;
		}

		public Builder plan(String plan) {
			this.plan = plan;
			return this;
		}

		public Builder stage(LifecycleStage stage) {
			this.stage = stage;
			return this;
		}

		public Builder owner(String owner) {
			this.owner = owner;
			return this;
		}

		public Builder revenue(long revenue) {
			this.revenue = BigDecimal.valueOf(revenue);
			return this;
		}

		public Builder outcome(Outcome outcome, LocalDate on) {
			this.outcome = outcome;
			this.outcomeOn = on;
			return this;
		}

		public Builder event(Instant at, EventType type, Department department, String summary) {
			this.events.add(new EventRecord(this.externalId, at, type, department, null, summary, null, null,
					this.externalId + ":" + this.events.size()));
			return this;
		}

		public long save() {
			upserts.upsertCustomers(this.workspaceId,
					List.of(new CustomerRecord(this.externalId, this.name, this.email, this.segment, this.plan,
							this.stage, this.owner, this.revenue, this.outcome, this.outcomeOn, Map.of())));
			if (!this.events.isEmpty()) {
				upserts.insertEvents(this.workspaceId, this.events);
			}
			return customers.findByWorkspaceIdAndExternalId(this.workspaceId, this.externalId).orElseThrow().getId();
		}

	}

}

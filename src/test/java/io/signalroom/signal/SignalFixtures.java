package io.signalroom.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.customer.book.CustomerUpserts;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.taxonomy.SignalType;
import io.signalroom.signal.taxonomy.TaxonomyService;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Membership;
import io.signalroom.workspace.membership.Onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Object mother for signal tests: a fresh workspace with members, customers and hand-made
 * timelines, so tests sharing one database never see each other's data.
 */
@Component
public class SignalFixtures {

	public static final String PASSWORD = "practice-signals-long";

	private final AccountService accounts;

	private final Onboarding onboarding;

	private final MemberAdministration administration;

	private final CustomerUpserts upserts;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final DataSource dataSource;

	private final TaxonomyService taxonomy;

	SignalFixtures(AccountService accounts, Onboarding onboarding, MemberAdministration administration,
			CustomerUpserts upserts, JdbcClient jdbc, UserDetailsService users, DataSource dataSource,
			TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
		this.dataSource = dataSource;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.administration = administration;
		this.upserts = upserts;
		this.jdbc = jdbc;
		this.users = users;
	}

	/** A new workspace with its admin (in sales). */
	public CurrentMember newWorkspace() {
		UserAccount admin = this.accounts.create(unique("admin") + "@signal.test", "Admin", PASSWORD);
		Membership membership = this.onboarding.createWorkspace(admin.getId(), "Signals " + unique("ws"),
				Department.SALES);
		return new CurrentMember(admin.getId(), admin.getEmail(), "Admin", membership.getWorkspace().getId(),
				membership.getWorkspace().getName(), Role.ADMIN, Department.SALES);
	}

	public CurrentMember member(CurrentMember admin, Role role, Department department, String name) {
		UserAccount user = this.accounts.create(unique(name.toLowerCase()) + "@signal.test", name, PASSWORD);
		this.administration.addDirectly(admin.workspaceId(), user, role, department);
		return new CurrentMember(user.getId(), user.getEmail(), name, admin.workspaceId(), admin.workspaceName(), role,
				department);
	}

	public long customer(CurrentMember in, String name, LifecycleStage stage) {
		return customer(in, name, stage, null, null);
	}

	/** A customer with its outcome and the day it came, as an import records them. */
	public long customer(CurrentMember in, String name, LifecycleStage stage, Outcome outcome, LocalDate outcomeOn) {
		String externalId = unique(name);
		this.upserts.upsertCustomers(in.workspaceId(), List
			.of(new CustomerRecord(externalId, name, null, null, null, stage, null, null, outcome, outcomeOn, null)));
		return this.jdbc.sql("select id from customer where workspace_id = ? and external_id = ?")
			.params(in.workspaceId(), externalId)
			.query(Long.class)
			.single();
	}

	/** Moves a customer to another lifecycle stage, as an import would. */
	public void stage(CurrentMember in, long customerId, LifecycleStage stage) {
		CustomerRecord customer = this.jdbc.sql("select external_id, name from customer where id = ?")
			.param(customerId)
			.query((rs, n) -> new CustomerRecord(rs.getString(1), rs.getString(2), null, null, null, stage, null, null,
					null, null, null))
			.single();
		this.upserts.upsertCustomers(in.workspaceId(), List.of(customer));
	}

	public Set<Long> event(CurrentMember in, long customerId, Instant at, EventType type) {
		String externalId = this.jdbc.sql("select external_id from customer where id = ?")
			.param(customerId)
			.query(String.class)
			.single();
		return this.upserts.insertEvents(in.workspaceId(), List
			.of(new EventRecord(externalId, at, type, null, null, type + " at " + at, null, null, unique("ev"))));
	}

	/** Adds one event to the customer's timeline; returns the event's id. */
	public long eventId(CurrentMember in, long customerId, Instant at, EventType type) {
		event(in, customerId, at, type);
		return this.jdbc
			.sql("select max(id) from timeline_event where workspace_id = ? and customer_id = ? and occurred_at = ?")
			.params(in.workspaceId(), customerId, java.sql.Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** A new signal type with this detection rule; returns its id. */
	public long ruleType(CurrentMember admin, String name, DetectionRule rule) {
		SignalType type = this.taxonomy.create(admin, TaxonomyIntegrationTests.content(name), "test");
		changeRule(admin, type.getId(), rule);
		return type.getId();
	}

	public void changeRule(CurrentMember admin, long typeId, DetectionRule rule) {
		this.taxonomy.changeRule(admin, typeId, this.taxonomy.get(admin, typeId).getVersion(), rule, "test rule");
	}

	public long signalTypeId(CurrentMember in, String name) {
		return this.jdbc.sql("select id from signal_type where workspace_id = ? and name = ?")
			.params(in.workspaceId(), name)
			.query(Long.class)
			.single();
	}

	/** Retires every starter type, so a test sees only the rules it makes. */
	public void retireStarterLibrary(CurrentMember in) {
		this.jdbc.sql("update signal_type set retired_at = now() where workspace_id = ?")
			.param(in.workspaceId())
			.update();
	}

	public RequestPostProcessor as(CurrentMember member) {
		return user(this.users.loadUserByUsername(member.email()));
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

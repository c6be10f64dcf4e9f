package io.signalroom.insight.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.signalroom.customer.EventType;
import io.signalroom.customer.TestCustomers;
import io.signalroom.session.LearningGoal;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.session.running.Clustering;
import io.signalroom.session.running.DotVoting;
import io.signalroom.session.running.InterpretationDraft;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An object mother for insight tests: a fresh workspace with a live standard session on
 * two customers (an enterprise one with a detected signal, an SMB one), three
 * interpretations from two departments, a vote and a cluster.
 */
@Component
public class InsightScenes {

	private final SignalFixtures fixtures;

	private final TestCustomers customers;

	private final SessionPlanning planning;

	private final PracticeSessions sessions;

	private final InterpretationLog log;

	private final DotVoting voting;

	private final Clustering clustering;

	private final JdbcClient jdbc;

	InsightScenes(SignalFixtures fixtures, TestCustomers customers, SessionPlanning planning, PracticeSessions sessions,
			InterpretationLog log, DotVoting voting, Clustering clustering, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.customers = customers;
		this.planning = planning;
		this.sessions = sessions;
		this.log = log;
		this.voting = voting;
		this.clustering = clustering;
		this.jdbc = jdbc;
	}

	/** The scene, live on its first agenda item (not yet at action planning). */
	public Scene liveSession() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		CurrentMember sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		CurrentMember pat = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		CurrentMember mona = this.fixtures.member(admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mona");
		CurrentMember otto = this.fixtures.member(admin, Role.PARTICIPANT, Department.PRODUCT, "Otto");
		Instant loginAt = Instant.parse("2031-04-28T09:15:00Z");
		long acme = this.customers.in(admin.workspaceId())
			.named("Acme Quiet")
			.segment("Enterprise")
			.event(loginAt, EventType.LOGIN, Department.PRODUCT, "Last login of the champion")
			.save();
		long beta = this.customers.in(admin.workspaceId())
			.named("Beta Tickets")
			.segment("SMB")
			.event(Instant.parse("2031-04-29T10:00:00Z"), EventType.TICKET_OPENED, Department.SUPPORT, "SSO broken")
			.save();
		long acmeEvent = this.jdbc.sql("select id from timeline_event where customer_id = ?")
			.param(acme)
			.query(Long.class)
			.single();
		long signalTypeId = this.jdbc
			.sql("select id from signal_type where workspace_id = ? and retired_at is null order by id limit 1")
			.param(admin.workspaceId())
			.query(Long.class)
			.single();
		String signalTypeName = this.jdbc.sql("select name from signal_type where id = ?")
			.param(signalTypeId)
			.query(String.class)
			.single();
		long signalId = this.jdbc.sql("""
				insert into detected_signal (workspace_id, signal_type_id, customer_id, fired_at, evidence_event_ids,
				                             evidence_fingerprint)
				values (?, ?, ?, ?, ?, 'test') returning id""")
			.params(admin.workspaceId(), signalTypeId, acme, Timestamp.from(loginAt.plusSeconds(86400)),
					new Long[] { acmeEvent })
			.query(Long.class)
			.single();
		long sessionId = this.planning.create(fran,
				new SessionPlan("Quiet enterprise accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
						AgendaTemplate.STANDARD, fran.userId(), 60,
						List.of(new Participant(sam.userId(), Department.SALES),
								new Participant(pat.userId(), Department.SUPPORT))),
				Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(fran, sessionId, List.of(acme, beta));
		this.sessions.start(fran, sessionId);
		long champion = interpret(sam, sessionId, acme, signalId, "Logins dropped after the champion left",
				SignalCategory.CHURN_RISK);
		long sso = interpret(pat, sessionId, beta, null, "Three tickets in a day about SSO", SignalCategory.FRICTION);
		long discount = interpret(pat, sessionId, acme, null, "Asked for a renewal discount",
				SignalCategory.CHURN_RISK);
		this.voting.vote(sam, sessionId, sso);
		this.voting.vote(pat, sessionId, sso);
		long clusterId = this.clustering.group(fran, sessionId, null, "Champion loss", List.of(champion, discount));
		return new Scene(admin, fran, sam, pat, mona, otto, acme, beta, acmeEvent, signalTypeId, signalTypeName,
				signalId, sessionId, champion, sso, discount, clusterId);
	}

	/** The scene, moved on to its "Action planning" item. */
	public Scene inActionPlanning() {
		Scene scene = liveSession();
		moveToItem(scene, 3);
		return scene;
	}

	public void moveToItem(Scene scene, int index) {
		SessionView view = this.sessions.view(scene.fran(), scene.sessionId());
		while (view.currentItem() < index) {
			view = this.sessions.advanceFrom(scene.fran(), scene.sessionId(),
					view.agenda().get(view.currentItem()).id());
		}
	}

	private long interpret(CurrentMember who, long sessionId, long customerId, Long signalId, String text,
			SignalCategory category) {
		return this.log
			.record(who, sessionId,
					new InterpretationDraft(customerId, null, signalId, text, category, 4, null, null, null, null))
			.getId();
	}

	public record Scene(CurrentMember admin, CurrentMember fran, CurrentMember sam, CurrentMember pat,
			CurrentMember mona, CurrentMember otto, long acme, long beta, long acmeEvent, long signalTypeId,
			String signalTypeName, long signalId, long sessionId, long championEntry, long ssoEntry, long discountEntry,
			long clusterId) {

	}

}

package io.signalroom.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.insight.action.ActionDraft;
import io.signalroom.insight.action.ActionItem;
import io.signalroom.insight.action.SessionActions;
import io.signalroom.session.LearningGoal;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Object mother for action item, recap and summary tests: a fresh workspace with a
 * facilitator, two participants and a manager, a customer, sessions and insights.
 */
@Component
public class ActionFixtures {

	private final SignalFixtures signals;

	private final SessionPlanning planning;

	private final PracticeSessions sessions;

	private final SessionActions actions;

	private final JdbcClient jdbc;

	ActionFixtures(SignalFixtures signals, SessionPlanning planning, PracticeSessions sessions, SessionActions actions,
			JdbcClient jdbc) {
		this.signals = signals;
		this.planning = planning;
		this.sessions = sessions;
		this.actions = actions;
		this.jdbc = jdbc;
	}

	/** A workspace and its people; sessions are made with {@link #session}. */
	public Team team() {
		CurrentMember admin = this.signals.newWorkspace();
		CurrentMember fran = this.signals.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		CurrentMember sam = this.signals.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		CurrentMember pat = this.signals.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		CurrentMember mia = this.signals.member(admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mia");
		long acme = this.signals.customer(admin, "Acme Quiet", LifecycleStage.ONBOARDING);
		return new Team(admin, fran, sam, pat, mia, acme);
	}

	/**
	 * A one-off session facilitated by Fran with Sam and Pat, Acme under review; started
	 * when {@code live}.
	 */
	public long session(Team team, String focus, boolean live) {
		long id = this.planning
			.create(team.fran(), plan(team, focus), Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		this.planning.addCustomers(team.fran(), id, List.of(team.acme()));
		if (live) {
			this.sessions.start(team.fran(), id);
		}
		return id;
	}

	/** A weekly series of sessions with Sam and Pat; its session ids in order. */
	public List<Long> series(Team team, String focus) {
		this.planning.create(team.fran(), plan(team, focus), Instant.parse("2031-06-02T09:00:00Z"), Cadence.WEEKLY);
		return this.jdbc
			.sql("select id from practice_session where workspace_id = ? and focus = ? order by scheduled_start")
			.params(team.admin().workspaceId(), focus)
			.query(Long.class)
			.list();
	}

	private static SessionPlan plan(Team team, String focus) {
		return new SessionPlan(focus, "Spot churn earlier", LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD,
				team.fran().userId(), 60, List.of(new Participant(team.sam().userId(), Department.SALES),
						new Participant(team.pat().userId(), Department.SUPPORT)));
	}

	public void start(Team team, long sessionId) {
		this.sessions.start(team.fran(), sessionId);
	}

	public void end(Team team, long sessionId) {
		this.sessions.end(team.fran(), sessionId);
	}

	/** An insight recorded in the session (written straight into its table). */
	public long insight(Team team, long sessionId, String statement) {
		return this.jdbc
			.sql("""
					insert into insight (workspace_id, session_id, statement, category, status, created_by, created_at, updated_at)
					values (?, ?, ?, 'BEHAVIOUR_TRIGGER', 'HYPOTHESIS', ?, now(), now()) returning id""")
			.params(team.admin().workspaceId(), sessionId, statement, team.fran().userId())
			.query(Long.class)
			.single();
	}

	/** An action added by Fran, a past due date confirmed. */
	public ActionItem action(Team team, long sessionId, String title, CurrentMember owner, LocalDate due) {
		return this.actions.add(team.fran(), sessionId, new ActionDraft(title, owner.userId(), due, null, null, true));
	}

	public LocalDate today() {
		return this.actions.today();
	}

	public record Team(CurrentMember admin, CurrentMember fran, CurrentMember sam, CurrentMember pat, CurrentMember mia,
			long acme) {

	}

}

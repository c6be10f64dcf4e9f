package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

/**
 * A live session of the standard template in a fresh workspace: Fran facilitates, Sam
 * (sales) and Pat (support) take part, two customers are under review.
 */
record LiveSessionMother(CurrentMember admin, CurrentMember fran, CurrentMember sam, CurrentMember pat, long customerId,
		long otherCustomerId, long sessionId) {

	static LiveSessionMother live(SignalFixtures fixtures, SessionPlanning planning, PracticeSessions sessions) {
		CurrentMember admin = fixtures.newWorkspace();
		CurrentMember fran = fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		CurrentMember sam = fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		CurrentMember pat = fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		long customer = fixtures.customer(admin, "Acme Quiet", LifecycleStage.ONBOARDING);
		long other = fixtures.customer(admin, "Globex Loud", LifecycleStage.ACTIVE);
		long sessionId = planning.create(fran,
				new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
						AgendaTemplate.STANDARD, fran.userId(), 60,
						List.of(new Participant(sam.userId(), Department.SALES),
								new Participant(pat.userId(), Department.SUPPORT))),
				Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
		planning.addCustomers(fran, sessionId, List.of(customer, other));
		sessions.start(fran, sessionId);
		return new LiveSessionMother(admin, fran, sam, pat, customer, other, sessionId);
	}

}

package io.signalroom.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.planning.AgendaItem;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.CadenceReport.Verdict;
import io.signalroom.session.planning.FacilitatorRotation;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.Preparation;
import io.signalroom.session.planning.Preparations;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class SessionPlanningIntegrationTests {

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Autowired
	Preparations preparations;

	@Autowired
	PracticeSessions sessions;

	@Autowired
	FacilitatorRotation rotation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	CurrentMember admin;

	CurrentMember fran;

	CurrentMember sam;

	CurrentMember sue;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.fran = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.sue = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Sue");
	}

	PracticeSession plan(CurrentMember facilitator, Instant start, Cadence cadence, CurrentMember... people) {
		List<Participant> participants = java.util.Arrays.stream(people)
			.map((p) -> new Participant(p.userId(), p.department()))
			.toList();
		return this.planning.create(this.fran, new SessionPlan("Why SMB accounts go quiet", "Test a hunch",
				LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD, facilitator.userId(), 60, participants),
				start, cadence);
	}

	@Test
	void aSessionFromATemplateGetsItsItemsAndAJoinCode() {
		PracticeSession session = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE, this.sam);
		PracticeSession stored = this.planning.get(this.fran, session.getId());
		assertThat(stored.getAgenda()).extracting(AgendaItem::getTitle)
			.containsExactly("Opening / set intention", "CRM data review", "Collaborative analysis", "Action planning",
					"Wrap-up and learnings");
		assertThat(stored.totalMinutes()).isEqualTo(60);
		assertThat(stored.getJoinCode()).matches("[A-HJKMNP-Z]{6}");
	}

	@Test
	void movingAnItemUpAndDownReordersTheAgenda() {
		long id = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE).getId();
		long review = this.planning.get(this.fran, id).getAgenda().get(1).getId();
		this.planning.moveItem(this.fran, id, review, -1);
		assertThat(titles(id)).startsWith("CRM data review", "Opening / set intention");
		this.planning.moveItem(this.fran, id, review, -1);
		assertThat(titles(id)).startsWith("CRM data review", "Opening / set intention");
		this.planning.moveItem(this.fran, id, review, 1);
		this.planning.moveItem(this.fran, id, review, 1);
		assertThat(titles(id)).startsWith("Opening / set intention", "Collaborative analysis", "CRM data review");
	}

	@Test
	void addingChangingAndRemovingItemsChangesTheTotalAndItsWarning() {
		long id = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE).getId();
		PracticeSession session = this.planning.addItem(this.fran, id, "Signal spotting", 40);
		assertThat(session.totalMinutes()).isEqualTo(100);
		assertThat(session.agendaLength().isWarning()).isTrue();
		long added = session.getAgenda().get(5).getId();
		session = this.planning.changeItem(this.fran, id, added, "Signal spotting", 25);
		assertThat(session.totalMinutes()).isEqualTo(85);
		assertThat(session.agendaLength().isWarning()).isFalse();
		session = this.planning.removeItem(this.fran, id, added);
		assertThat(session.getAgenda()).hasSize(5);
	}

	@Test
	void rotationSuggestsWhoNeverFacilitatedThenWhoFacilitatedLeastRecently() {
		assertThat(this.rotation.order(this.admin.workspaceId())).extracting((t) -> t.member().displayName())
			.containsExactly("Admin", "Fran");
		plan(this.admin, Instant.parse("2030-01-10T09:00:00Z"), Cadence.ONCE);
		assertThat(this.rotation.suggest(this.admin.workspaceId())).map(WorkspaceMember::displayName).hasValue("Fran");
		plan(this.fran, Instant.parse("2030-02-10T09:00:00Z"), Cadence.ONCE);
		assertThat(this.rotation.suggest(this.admin.workspaceId())).map(WorkspaceMember::displayName).hasValue("Admin");
	}

	@Test
	void aCoreDepartmentOfTheWorkspaceMissingAmongParticipantsIsReported() {
		PracticeSession session = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE, this.sam);
		assertThat(this.planning.missingDepartments(session)).containsExactly(Department.SUPPORT);
		this.planning.addParticipants(this.fran, session.getId(), List.of(this.sue.userId()));
		assertThat(this.planning.missingDepartments(this.planning.get(this.fran, session.getId()))).isEmpty();
	}

	@Test
	void aWeeklySeriesPlansSixSessionsAWeekApartAndReportsWhetherTheCadenceWasKept() {
		Instant first = Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.HOURS);
		PracticeSession session = plan(this.fran, first, Cadence.WEEKLY, this.sam);
		SessionPlanning.SeriesPage page = this.planning.series(this.fran, session.getSeriesId());
		assertThat(page.sessions()).extracting(PracticeSession::getScheduledStart)
			.containsExactly(first, first.plus(Duration.ofDays(7)), first.plus(Duration.ofDays(14)),
					first.plus(Duration.ofDays(21)), first.plus(Duration.ofDays(28)), first.plus(Duration.ofDays(35)));
		held(page.sessions().get(0), first.plusSeconds(600));
		held(page.sessions().get(1), first.plus(Duration.ofDays(7)));
		held(page.sessions().get(2), first.plus(Duration.ofDays(18)));
		page = this.planning.series(this.fran, session.getSeriesId());
		assertThat(page.cadence().entries()).extracting((e) -> e.verdict())
			.containsExactly(Verdict.KEPT, Verdict.KEPT, Verdict.OFF_CADENCE, Verdict.UPCOMING, Verdict.UPCOMING,
					Verdict.UPCOMING);
		assertThat(page.cadence().isKept()).isFalse();
		assertThat(page.cadence().streak()).isZero();
		held(page.sessions().get(3), first.plus(Duration.ofDays(21)));
		page = this.planning.series(this.fran, session.getSeriesId());
		assertThat(page.cadence().kept()).isEqualTo(3);
		assertThat(page.cadence().streak()).isEqualTo(1);
	}

	@Test
	void previousInSeriesIsTheSessionPlannedJustBefore() {
		Instant first = Instant.parse("2031-03-03T09:00:00Z");
		PracticeSession session = plan(this.fran, first, Cadence.BIWEEKLY);
		List<PracticeSession> all = this.planning.series(this.fran, session.getSeriesId()).sessions();
		assertThat(this.sessions.previousInSeries(this.fran, all.get(0).getId())).isEmpty();
		assertThat(this.sessions.previousInSeries(this.fran, all.get(2).getId())).map(SessionView::id)
			.hasValue(all.get(1).getId());
		PracticeSession once = plan(this.fran, first, Cadence.ONCE);
		assertThat(this.sessions.previousInSeries(this.fran, once.getId())).isEmpty();
	}

	@Test
	void participantsGetRecordsToReviewAndTheFacilitatorSeesWhoPrepared() {
		PracticeSession session = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE, this.sam,
				this.sue);
		long a = this.fixtures.customer(this.admin, "Acme", LifecycleStage.AT_RISK);
		long b = this.fixtures.customer(this.admin, "Bolt", LifecycleStage.ACTIVE);
		long c = this.fixtures.customer(this.admin, "Cove", LifecycleStage.ONBOARDING);
		this.planning.addCustomers(this.fran, session.getId(), List.of(a, b, c));
		this.preparations.handOut(this.fran, session.getId());
		Preparation before = this.preparations.of(this.fran, session.getId());
		assertThat(before.people()).allSatisfy((p) -> assertThat(p.assignments()).hasSize(3));
		assertThat(before.prepared()).isZero();
		assertThat(before.total()).isEqualTo(2);
		List<Long> samsWork = before.people()
			.stream()
			.filter((p) -> p.userId() == this.sam.userId())
			.findFirst()
			.orElseThrow()
			.assignments()
			.stream()
			.map((x) -> x.getId())
			.toList();
		this.preparations.observe(this.sam, session.getId(), samsWork.get(0), "Logins halved since March");
		assertThat(this.preparations.of(this.fran, session.getId()).prepared()).isZero();
		this.preparations.observe(this.sam, session.getId(), samsWork.get(1), "Asked about the enterprise plan");
		assertThat(this.preparations.of(this.fran, session.getId()).prepared()).isEqualTo(1);
		assertThatThrownBy(() -> this.preparations.observe(this.sam, session.getId(), samsWork.get(2), "x".repeat(501)))
			.isInstanceOfSatisfying(RuleViolation.class, (v) -> {
				assertThat(v.messageKey()).isEqualTo("session.observation.tooLong");
				assertThat(v.arguments()).containsExactly(500);
			});
		assertThatThrownBy(() -> this.preparations.observe(this.sue, session.getId(), samsWork.get(2), "Not mine"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void aMemberJoinsByCodeInTheirDepartmentAndAWrongCodeSaysSo() {
		PracticeSession session = plan(this.fran, Instant.now().plus(Duration.ofDays(1)), Cadence.ONCE);
		String typed = session.getJoinCode().toLowerCase().substring(0, 3) + " " + session.getJoinCode().substring(3);
		assertThat(this.planning.join(this.sue, typed).getId()).isEqualTo(session.getId());
		assertThat(this.planning.get(this.sue, session.getId()).getParticipants())
			.anySatisfy((p) -> assertThat(p.getDepartment()).isEqualTo(Department.SUPPORT));
		String wrong = session.getJoinCode().equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
		assertThatThrownBy(() -> this.planning.join(this.sam, wrong)).isInstanceOfSatisfying(RuleViolation.class,
				(v) -> assertThat(v.messageKey()).isEqualTo("session.join.unknown"));
		CurrentMember stranger = this.fixtures.newWorkspace();
		assertThatThrownBy(() -> this.planning.join(stranger, session.getJoinCode()))
			.hasMessage("session.join.unknown");
	}

	@Test
	void advancingTwiceFromTheSameItemMovesOnceAndAnEndedSessionCannotStartAgain() {
		PracticeSession session = plan(this.fran, Instant.now(), Cadence.ONCE, this.sam);
		SessionView live = this.sessions.start(this.fran, session.getId());
		long opening = live.agenda().get(0).id();
		this.sessions.advanceFrom(this.fran, session.getId(), opening);
		SessionView after = this.sessions.advanceFrom(this.fran, session.getId(), opening);
		assertThat(after.currentItem()).isEqualTo(1);
		assertThat(after.agenda().get(0).actualEndedAt()).isNotNull();
		this.sessions.end(this.fran, session.getId());
		assertThat(this.events.stream(SessionEnded.class).filter((e) -> e.sessionId() == session.getId())).hasSize(1);
		assertThatThrownBy(() -> this.sessions.start(this.fran, session.getId())).hasMessage("session.alreadyEnded");
		assertThatThrownBy(() -> this.sessions.start(this.sam, session.getId()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private List<String> titles(long id) {
		return this.planning.get(this.fran, id).getAgenda().stream().map(AgendaItem::getTitle).toList();
	}

	private void held(PracticeSession session, Instant at) {
		this.jdbc.sql("update practice_session set status = 'ENDED', started_at = ?, ended_at = ? where id = ?")
			.params(java.sql.Timestamp.from(at), java.sql.Timestamp.from(at.plusSeconds(3600)), session.getId())
			.update();
	}

}

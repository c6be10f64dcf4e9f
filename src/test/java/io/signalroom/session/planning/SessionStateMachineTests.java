package io.signalroom.session.planning;

import java.time.Instant;
import java.util.List;

import io.signalroom.session.LearningGoal;
import io.signalroom.session.SessionStatus;
import io.signalroom.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStateMachineTests {

	static final Instant T0 = Instant.parse("2030-03-04T09:00:00Z");

	static PracticeSession planned(AgendaTemplate template) {
		return new PracticeSession(1,
				new SessionPlan("Churn in SMB", null, LearningGoal.EARLY_CHURN_DETECTION, template, 7, 60, List.of()),
				T0, "ABCDEF", 7);
	}

	@Test
	void startingGoesLiveOnTheFirstItem() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		session.start(T0);
		assertThat(session.getStatus()).isEqualTo(SessionStatus.LIVE);
		assertThat(session.getCurrentItem()).isZero();
		assertThat(session.getAgenda().get(0).getActualStartedAt()).isEqualTo(T0);
	}

	@Test
	void aFinishedSessionCannotBeStartedAgain() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		session.start(T0);
		session.end(T0.plusSeconds(3600));
		assertThatThrownBy(() -> session.start(T0.plusSeconds(7200))).isInstanceOf(RuleViolation.class)
			.hasMessage("session.alreadyEnded");
	}

	@Test
	void aRunningSessionCannotBeStartedTwice() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		session.start(T0);
		assertThatThrownBy(() -> session.start(T0)).hasMessage("session.alreadyRunning");
	}

	@Test
	void anEmptyAgendaCannotStart() {
		assertThatThrownBy(() -> planned(AgendaTemplate.SCRATCH).start(T0)).hasMessage("session.agenda.empty");
	}

	@Test
	void pausingStopsTheItemsClockAndResumingRunsItOn() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		session.start(T0);
		session.pause(T0.plusSeconds(60));
		assertThat(session.getStatus()).isEqualTo(SessionStatus.PAUSED);
		AgendaItem opening = session.getAgenda().get(0);
		assertThat(opening.elapsedSeconds(T0.plusSeconds(600))).isEqualTo(60);
		session.resume(T0.plusSeconds(600));
		assertThat(opening.elapsedSeconds(T0.plusSeconds(630))).isEqualTo(90);
		assertThat(opening.remainingSeconds(T0.plusSeconds(630))).isEqualTo(5 * 60 - 90);
	}

	@Test
	void onlyALiveSessionPausesAndOnlyAPausedOneResumes() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		assertThatThrownBy(() -> session.pause(T0)).hasMessage("session.notLive");
		session.start(T0);
		assertThatThrownBy(() -> session.resume(T0)).hasMessage("session.notPaused");
	}

	@Test
	void extendingGivesTheCurrentItemMoreMinutesWithinLimits() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		assertThatThrownBy(() -> session.extend(5)).hasMessage("session.notLive");
		session.start(T0);
		session.extend(5);
		assertThat(session.getAgenda().get(0).remainingSeconds(T0)).isEqualTo(10 * 60);
		assertThatThrownBy(() -> session.extend(31)).hasMessage("session.extendRange");
	}

	@Test
	void aPlannedSessionCanBeCancelledButNotEnded() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		assertThatThrownBy(() -> session.end(T0)).hasMessage("session.notStarted");
		session.cancel();
		assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
		assertThatThrownBy(() -> session.start(T0)).hasMessage("session.cancelled");
	}

	@Test
	void theAgendaCannotBeEditedOnceTheSessionStarted() {
		PracticeSession session = planned(AgendaTemplate.STANDARD);
		session.start(T0);
		assertThatThrownBy(() -> session.addItem("Extra", 5)).hasMessage("session.notEditable");
	}

	@Test
	void emptyAndOverLongTextIsRefusedWithItsLimit() {
		PracticeSession session = planned(AgendaTemplate.SCRATCH);
		assertThatThrownBy(() -> session.addItem("  ", 5)).hasMessage("session.agenda.titleRequired");
		assertThatThrownBy(() -> session.addItem("x".repeat(121), 5)).isInstanceOfSatisfying(RuleViolation.class,
				(v) -> assertThat(v.arguments()).containsExactly(120));
		assertThatThrownBy(() -> session.addItem("Fine", 0)).hasMessage("session.agenda.minutesRange");
		assertThatThrownBy(() -> session.describe("", null, null)).hasMessage("session.focusRequired");
		assertThatThrownBy(() -> session.describe("x".repeat(201), null, null)).hasMessage("session.focusTooLong");
	}

}

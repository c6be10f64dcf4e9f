package io.signalroom.session.planning;

import java.util.List;

import io.signalroom.session.LearningGoal;

/**
 * What a new session (or each session of a new series) is made from.
 */
public record SessionPlan(String focus, String objective, LearningGoal learningGoal, AgendaTemplate template,
		long facilitatorId, int durationMinutes, List<Participant> participants) {

}

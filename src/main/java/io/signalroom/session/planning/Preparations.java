package io.signalroom.session.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-session assignments: the facilitator hands out the session's customer records (up
 * to three per participant, spread so every record is looked at), each participant writes
 * an observation per record, and the facilitator sees who has prepared.
 */
@Service
public class Preparations {

	private final SessionPlanning planning;

	private final Assignments assignments;

	private final Clock clock;

	Preparations(SessionPlanning planning, Assignments assignments, Clock clock) {
		this.planning = planning;
		this.assignments = assignments;
		this.clock = clock;
	}

	/**
	 * Hands out the records anew; observations already written are kept for records the
	 * participant still has.
	 */
	@Transactional
	public void handOut(CurrentMember me, long sessionId) {
		PracticeSession session = this.planning.editable(me, sessionId);
		List<Long> customers = new ArrayList<>(session.getCustomerIds());
		List<Long> people = session.getParticipants().stream().map(Participant::getUserId).sorted().toList();
		if (customers.isEmpty() || people.isEmpty()) {
			throw new RuleViolation(null, "session.assignments.nothingToHandOut");
		}
		List<Assignment> existing = this.assignments.findByWorkspaceIdAndSessionIdOrderById(me.workspaceId(),
				sessionId);
		int perPerson = Math.min(Preparation.RECORDS_PER_PARTICIPANT, customers.size());
		List<Assignment> wanted = new ArrayList<>();
		for (int p = 0; p < people.size(); p++) {
			for (int k = 0; k < perPerson; k++) {
				long customerId = customers.get((p * perPerson + k) % customers.size());
				long userId = people.get(p);
				wanted.add(existing.stream()
					.filter((a) -> a.getUserId() == userId && a.getCustomerId() == customerId)
					.findFirst()
					.orElseGet(() -> new Assignment(me.workspaceId(), sessionId, userId, customerId)));
			}
		}
		existing.stream().filter((a) -> !wanted.contains(a)).forEach(this.assignments::delete);
		this.assignments.flush();
		this.assignments.saveAll(wanted);
	}

	@Transactional
	public void observe(CurrentMember me, long sessionId, long assignmentId, String text) {
		PracticeSession session = this.planning.get(me, sessionId);
		if (session.getStatus().isFinal()) {
			throw new RuleViolation("observation", "session.notEditable");
		}
		Assignment assignment = this.assignments
			.findByWorkspaceIdAndSessionIdAndId(me.workspaceId(), sessionId, assignmentId)
			.orElseThrow(() -> new NotFoundException("Assignment"));
		if (assignment.getUserId() != me.userId()) {
			throw new AccessDeniedException("Only the participant writes their observations");
		}
		assignment.observe(text, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Preparation of(CurrentMember me, long sessionId) {
		PracticeSession session = this.planning.get(me, sessionId);
		Map<Long, List<Assignment>> byPerson = this.assignments
			.findByWorkspaceIdAndSessionIdOrderById(me.workspaceId(), sessionId)
			.stream()
			.collect(Collectors.groupingBy(Assignment::getUserId));
		List<Preparation.Person> people = session.getParticipants()
			.stream()
			.map((p) -> new Preparation.Person(p.getUserId(), byPerson.getOrDefault(p.getUserId(), List.of())))
			.toList();
		int prepared = (int) people.stream().filter(Preparation.Person::isPrepared).count();
		return new Preparation(people, prepared, people.size());
	}

}

package io.signalroom.session.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.session.LearningGoal;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans practice sessions: creating them (once or as a series), editing the agenda,
 * people and customers, and joining by code. Facilitators and admins plan; managers read
 * every session; participants see the sessions they are in.
 */
@Service
public class SessionPlanning {

	private final Sessions sessions;

	private final SeriesList series;

	private final JoinCodes joinCodes;

	private final MemberDirectory directory;

	private final CustomerCatalog customers;

	private final Clock clock;

	SessionPlanning(Sessions sessions, SeriesList series, JoinCodes joinCodes, MemberDirectory directory,
			CustomerCatalog customers, Clock clock) {
		this.sessions = sessions;
		this.series = series;
		this.joinCodes = joinCodes;
		this.directory = directory;
		this.customers = customers;
		this.clock = clock;
	}

	/** Plans one session, or the first {@link Cadence#SERIES_LENGTH} of a series. */
	@Transactional
	public PracticeSession create(CurrentMember me, SessionPlan plan, Instant start, Cadence cadence) {
		requirePlanner(me);
		member(me.workspaceId(), plan.facilitatorId(), "facilitatorId");
		plan.participants().forEach((p) -> member(me.workspaceId(), p.getUserId(), "participantIds"));
		Long seriesId = null;
		if (cadence.isSeries()) {
			seriesId = this.series
				.save(new SessionSeries(me.workspaceId(), plan.focus().strip(), cadence, this.clock.instant()))
				.getId();
		}
		int count = cadence.isSeries() ? Cadence.SERIES_LENGTH : 1;
		PracticeSession first = null;
		for (int n = 0; n < count; n++) {
			PracticeSession session = new PracticeSession(me.workspaceId(), plan, cadence.occurrence(start, n),
					this.joinCodes.next(), me.userId());
			if (seriesId != null) {
				session.joinSeries(seriesId);
			}
			session = this.sessions.save(session);
			first = (first != null) ? first : session;
		}
		return first;
	}

	/**
	 * A session the member may see; 404 for another workspace's or one they are not in.
	 */
	@Transactional(readOnly = true)
	public PracticeSession get(CurrentMember me, long id) {
		PracticeSession session = this.sessions.findByWorkspaceIdAndId(me.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Session"));
		if (!mayRead(me, session)) {
			throw new NotFoundException("Session");
		}
		session.getAgenda().size();
		session.getParticipants().size();
		session.getCustomerIds().size();
		return session;
	}

	/**
	 * The focus of those of the given sessions that the member may read, by id; the
	 * others are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> focusOfReadable(CurrentMember me, Collection<Long> ids) {
		Map<Long, String> focus = new HashMap<>();
		this.sessions.findAllById(ids)
			.stream()
			.filter((s) -> s.getWorkspaceId() == me.workspaceId() && mayRead(me, s))
			.forEach((s) -> focus.put(s.getId(), s.getFocus()));
		return focus;
	}

	/** The member's open (planned or running) and closed sessions. */
	@Transactional(readOnly = true)
	public SessionLists list(CurrentMember me) {
		List<PracticeSession> open = this.sessions.findOpen(me.workspaceId());
		List<PracticeSession> closed = this.sessions.findClosed(me.workspaceId(), PageRequest.of(0, 50));
		return new SessionLists(open.stream().filter((s) -> mayRead(me, s)).toList(),
				closed.stream().filter((s) -> mayRead(me, s)).toList());
	}

	/** Changes what a planned session is about and when it takes place. */
	@Transactional
	public void describe(CurrentMember me, long id, String focus, String objective, LearningGoal goal, Instant start,
			int durationMinutes) {
		PracticeSession session = editable(me, id);
		session.describe(focus, objective, goal);
		session.schedule(start, durationMinutes);
	}

	@Transactional
	public PracticeSession addItem(CurrentMember me, long id, String title, int minutes) {
		PracticeSession session = editable(me, id);
		session.addItem(title, minutes);
		return this.sessions.saveAndFlush(session);
	}

	@Transactional
	public PracticeSession changeItem(CurrentMember me, long id, long itemId, String title, int minutes) {
		PracticeSession session = editable(me, id);
		session.changeItem(itemId, title, minutes);
		return this.sessions.saveAndFlush(session);
	}

	@Transactional
	public PracticeSession removeItem(CurrentMember me, long id, long itemId) {
		PracticeSession session = editable(me, id);
		session.removeItem(itemId);
		return this.sessions.saveAndFlush(session);
	}

	@Transactional
	public PracticeSession moveItem(CurrentMember me, long id, long itemId, int step) {
		PracticeSession session = editable(me, id);
		session.moveItem(itemId, step);
		return this.sessions.saveAndFlush(session);
	}

	@Transactional
	public void changeFacilitator(CurrentMember me, long id, long userId) {
		PracticeSession session = editable(me, id);
		WorkspaceMember member = member(me.workspaceId(), userId, "facilitatorId");
		if (!member.canFacilitate()) {
			throw new RuleViolation("facilitatorId", "session.facilitator.notAllowed", member.displayName());
		}
		session.changeFacilitator(userId);
	}

	@Transactional
	public void addParticipants(CurrentMember me, long id, Collection<Long> userIds) {
		PracticeSession session = editable(me, id);
		for (long userId : userIds) {
			session.addParticipant(userId, member(me.workspaceId(), userId, "participantIds").department());
		}
	}

	@Transactional
	public void removeParticipant(CurrentMember me, long id, long userId) {
		editable(me, id).removeParticipant(userId);
	}

	@Transactional
	public void addCustomers(CurrentMember me, long id, Collection<Long> customerIds) {
		PracticeSession session = editable(me, id);
		List<CustomerSummary> found = this.customers.summaries(me.workspaceId(), customerIds, CustomerLens.workspace());
		if (found.size() != Set.copyOf(customerIds).size()) {
			throw new NotFoundException("Customer");
		}
		found.forEach((c) -> session.addCustomer(c.id()));
	}

	@Transactional
	public void removeCustomer(CurrentMember me, long id, long customerId) {
		editable(me, id).removeCustomer(customerId);
	}

	@Transactional
	public void anonymizeCustomers(CurrentMember me, long id, boolean anonymize) {
		PracticeSession session = get(me, id);
		requirePlanner(me);
		session.anonymizeCustomers(anonymize);
	}

	@Transactional
	public void cancel(CurrentMember me, long id) {
		editable(me, id).cancel();
	}

	/**
	 * Adds the member to the session with the code, in their own department, and answers
	 * the session. A code of no session of this workspace is a rule violation with a
	 * clear message, as is joining a session that is over.
	 */
	@Transactional
	public PracticeSession join(CurrentMember me, String typed) {
		String code = JoinCodes.normalize(typed)
			.orElseThrow(() -> new RuleViolation("code", "session.join.malformed", JoinCodes.LENGTH));
		PracticeSession session = this.sessions.findByWorkspaceIdAndJoinCode(me.workspaceId(), code)
			.orElseThrow(() -> new RuleViolation("code", "session.join.unknown", code));
		if (session.getStatus().isFinal()) {
			throw new RuleViolation("code", "session.join.over");
		}
		if (!session.includes(me.userId())) {
			session.addParticipant(me.userId(), me.department());
		}
		return session;
	}

	@Transactional(readOnly = true)
	public List<Department> missingDepartments(PracticeSession session) {
		Map<Long, WorkspaceMember> members = members(session.getWorkspaceId());
		Set<Department> inWorkspace = members.values()
			.stream()
			.map(WorkspaceMember::department)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
		Set<Department> inSession = session.getParticipants()
			.stream()
			.map(Participant::getDepartment)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
		WorkspaceMember facilitator = members.get(session.getFacilitatorId());
		if (facilitator != null) {
			inSession.add(facilitator.department());
		}
		return DepartmentCoverage.missing(inWorkspace, inSession);
	}

	@Transactional(readOnly = true)
	public Map<Long, WorkspaceMember> members(long workspaceId) {
		Map<Long, WorkspaceMember> byId = new LinkedHashMap<>();
		this.directory.activeMembers(workspaceId).forEach((m) -> byId.put(m.userId(), m));
		return byId;
	}

	@Transactional(readOnly = true)
	public SeriesPage series(CurrentMember me, long seriesId) {
		SessionSeries found = this.series.findByWorkspaceIdAndId(me.workspaceId(), seriesId)
			.orElseThrow(() -> new NotFoundException("Series"));
		List<PracticeSession> all = this.sessions.findByWorkspaceIdAndSeriesIdOrderByScheduledStart(me.workspaceId(),
				seriesId);
		if (all.stream().noneMatch((s) -> mayRead(me, s))) {
			throw new NotFoundException("Series");
		}
		return new SeriesPage(found, all, CadenceReport.of(found.getCadence(), all, this.clock.instant()));
	}

	/**
	 * A session the member may change the plan of: 404 if unseen, 403 if only readable.
	 */
	PracticeSession editable(CurrentMember me, long id) {
		PracticeSession session = get(me, id);
		requirePlanner(me);
		return session;
	}

	static boolean mayRead(CurrentMember me, PracticeSession session) {
		return me.canFacilitate() || me.canManage() || session.includes(me.userId());
	}

	/** Refuses (403) a member who may not plan sessions. */
	public static void requirePlannerOf(CurrentMember me) {
		requirePlanner(me);
	}

	static void requirePlanner(CurrentMember me) {
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators and admins plan sessions");
		}
	}

	private WorkspaceMember member(long workspaceId, long userId, String field) {
		return this.directory.activeMember(workspaceId, userId)
			.orElseThrow(() -> new RuleViolation(field, "session.notAMember"));
	}

	public record SessionLists(List<PracticeSession> open, List<PracticeSession> closed) {

	}

	public record SeriesPage(SessionSeries series, List<PracticeSession> sessions, CadenceReport cadence) {

	}

}

package io.signalroom.insight.wrapup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.insight.action.SessionActions;
import io.signalroom.insight.action.SessionInsights;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoards;
import io.signalroom.session.SessionStatus;
import io.signalroom.session.SessionView;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the wrap-up summary of an ended session from its plan, its board, its insights
 * and its action items.
 */
@Service
public class SessionSummaries {

	private final SessionBoards boards;

	private final SessionInsights insights;

	private final SessionActions actions;

	private final MemberDirectory members;

	private final MessageSource messages;

	SessionSummaries(SessionBoards boards, SessionInsights insights, SessionActions actions, MemberDirectory members,
			MessageSource messages) {
		this.boards = boards;
		this.insights = insights;
		this.actions = actions;
		this.members = members;
		this.messages = messages;
	}

	/**
	 * @throws RuleViolation when the session has not ended (yet)
	 */
	@Transactional(readOnly = true)
	public SessionSummary of(CurrentMember me, long sessionId) {
		SessionBoard board = this.boards.read(me, sessionId);
		SessionView session = board.session();
		if (session.status() != SessionStatus.ENDED) {
			throw new RuleViolation(null, "wrapup.notEnded", session.focus());
		}
		Map<Long, WorkspaceMember> people = this.members.activeMembers(me.workspaceId())
			.stream()
			.collect(Collectors.toMap(WorkspaceMember::userId, Function.identity()));
		Map<Long, Department> inSession = inSession(session, people);
		Map<Long, Long> entries = board.entries()
			.stream()
			.collect(Collectors.groupingBy(SessionBoard.Entry::authorUserId, Collectors.counting()));
		String former = this.messages.getMessage("action.formerMember", null, LocaleContextHolder.getLocale());
		WorkspaceMember facilitator = people.get(session.facilitatorUserId());
		return new SessionSummary(session, (facilitator != null) ? facilitator.displayName() : former,
				attendance(inSession, entries), timings(session), board.entries().size(),
				contributions(inSession, entries, people, former, board.entries().size()),
				this.insights.ofSession(me.workspaceId(), sessionId), this.actions.of(me, sessionId));
	}

	/** The facilitator and the participants, each with the department they sat in for. */
	private static Map<Long, Department> inSession(SessionView session, Map<Long, WorkspaceMember> people) {
		Map<Long, Department> departments = new LinkedHashMap<>();
		WorkspaceMember facilitator = people.get(session.facilitatorUserId());
		departments.put(session.facilitatorUserId(), (facilitator != null) ? facilitator.department() : null);
		session.participants().forEach((p) -> departments.put(p.userId(), p.department()));
		return departments;
	}

	private static List<SessionSummary.Attendance> attendance(Map<Long, Department> inSession,
			Map<Long, Long> entries) {
		Map<Department, int[]> counts = new EnumMap<>(Department.class);
		inSession.forEach((userId, department) -> {
			if (department != null) {
				int[] c = counts.computeIfAbsent(department, (d) -> new int[2]);
				c[0]++;
				c[1] += entries.containsKey(userId) ? 1 : 0;
			}
		});
		List<SessionSummary.Attendance> list = new ArrayList<>();
		counts.forEach((d, c) -> list.add(new SessionSummary.Attendance(d, c[0], c[1])));
		return list;
	}

	private static List<SessionSummary.Timing> timings(SessionView session) {
		List<SessionSummary.Timing> list = new ArrayList<>();
		for (int i = 0; i < session.agenda().size(); i++) {
			SessionView.Item item = session.agenda().get(i);
			Integer actual = (item.actualStartedAt() != null) ? (item.elapsedSeconds() + 30) / 60 : null;
			list.add(
					new SessionSummary.Timing(i + 1, item.title(), item.plannedMinutes(), item.extraMinutes(), actual));
		}
		return list;
	}

	/** Everyone in the session, also those not heard from, who spoke most first. */
	private static List<SessionSummary.Contribution> contributions(Map<Long, Department> inSession,
			Map<Long, Long> entries, Map<Long, WorkspaceMember> people, String former, int total) {
		Map<Long, Department> everyone = new LinkedHashMap<>(inSession);
		entries.keySet().forEach((author) -> everyone.putIfAbsent(author, null));
		return everyone.entrySet().stream().map((e) -> {
			int count = entries.getOrDefault(e.getKey(), 0L).intValue();
			WorkspaceMember member = people.get(e.getKey());
			return new SessionSummary.Contribution(e.getKey(), (member != null) ? member.displayName() : former,
					(e.getValue() != null) ? e.getValue() : ((member != null) ? member.department() : null), count,
					(total > 0) ? Math.round(100f * count / total) : 0);
		})
			.sorted(Comparator.comparingInt(SessionSummary.Contribution::entries)
				.reversed()
				.thenComparing(SessionSummary.Contribution::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}

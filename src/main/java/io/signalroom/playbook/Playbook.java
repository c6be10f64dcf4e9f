package io.signalroom.playbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightDirectory.ValidatedInsight;
import io.signalroom.playbook.PlaybookPage.CategorySection;
import io.signalroom.playbook.PlaybookPage.ChangeLine;
import io.signalroom.playbook.PlaybookPage.SignalSection;
import io.signalroom.playbook.PlaybookPage.TemplateView;
import io.signalroom.session.PracticeSessions;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalTypeSummary;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Assembles the living playbook from the signal library, the validated insights, the
 * follow-up templates and the changelog.
 */
@Service
class Playbook {

	static final int CHANGES_SHOWN = 50;

	private final SignalGuide signals;

	private final InsightDirectory insights;

	private final FollowUpTemplates templates;

	private final PlaybookChanges changes;

	private final MarkdownText markdown;

	private final MemberDirectory members;

	private final PracticeSessions sessions;

	Playbook(SignalGuide signals, InsightDirectory insights, FollowUpTemplates templates, PlaybookChanges changes,
			MarkdownText markdown, MemberDirectory members, PracticeSessions sessions) {
		this.signals = signals;
		this.insights = insights;
		this.templates = templates;
		this.changes = changes;
		this.markdown = markdown;
		this.members = members;
		this.sessions = sessions;
	}

	/**
	 * Not one transaction: looking up a session the reader may not see fails inside the
	 * session module's own transaction, which must not take this page down with it.
	 */
	public PlaybookPage assemble(CurrentMember me) {
		long ws = me.workspaceId();
		Map<Long, String> names = this.members.activeMembers(ws)
			.stream()
			.collect(Collectors.toMap(WorkspaceMember::userId, WorkspaceMember::displayName));
		List<SignalTypeSummary> types = this.signals.activeTypes(ws);
		Map<Long, TemplateView> bySignalType = new HashMap<>();
		List<TemplateView> free = new ArrayList<>();
		for (FollowUpTemplate t : this.templates.findByWorkspaceIdOrderByTitle(ws)) {
			TemplateView view = new TemplateView(t.getId(), t.getTitle(), this.markdown.toHtml(t.getBody()),
					t.getSignalTypeId(), names.get(t.getUpdatedBy()), t.getUpdatedAt());
			boolean answersActiveType = t.getSignalTypeId() != null
					&& types.stream().anyMatch((type) -> type.id() == t.getSignalTypeId());
			if (answersActiveType) {
				bySignalType.put(t.getSignalTypeId(), view);
			}
			else {
				free.add(view);
			}
		}
		Map<SignalCategory, List<SignalSection>> sections = new EnumMap<>(SignalCategory.class);
		types.forEach((type) -> sections.computeIfAbsent(type.category(), (c) -> new ArrayList<>())
			.add(new SignalSection(type, bySignalType.get(type.id()))));
		List<CategorySection> library = sections.entrySet()
			.stream()
			.map((e) -> new CategorySection(e.getKey(), e.getValue()))
			.toList();
		Map<InsightCategory, List<ValidatedInsight>> validated = new LinkedHashMap<>();
		this.insights.validated(ws)
			.forEach((i) -> validated.computeIfAbsent(i.category(), (c) -> new ArrayList<>()).add(i));
		return new PlaybookPage(library, validated, free, changes(me, names));
	}

	private List<ChangeLine> changes(CurrentMember me, Map<Long, String> names) {
		List<PlaybookChange> latest = this.changes.findByWorkspaceIdOrderByChangedAtDescIdDesc(me.workspaceId(),
				PageRequest.of(0, CHANGES_SHOWN));
		// a reader sees the focus only of sessions they may see
		Map<Long, String> focus = this.sessions.focusOfReadable(me,
				latest.stream().map(PlaybookChange::getSessionId).filter(Objects::nonNull).distinct().toList());
		return latest.stream()
			.map((c) -> new ChangeLine(c.getKind(), c.getSubject(), c.getInsightId(), c.getSessionId(),
					(c.getSessionId() != null) ? focus.get(c.getSessionId()) : null, names.get(c.getChangedBy()),
					c.getChangedAt()))
			.toList();
	}

}

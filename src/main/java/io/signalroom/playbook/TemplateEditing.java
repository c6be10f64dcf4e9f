package io.signalroom.playbook;

import java.time.Clock;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers and admins write the follow-up templates; every change goes into the
 * playbook's changelog with who made it and when.
 */
@Service
class TemplateEditing {

	private final FollowUpTemplates templates;

	private final PlaybookChanges changes;

	private final SignalGuide signals;

	private final Clock clock;

	TemplateEditing(FollowUpTemplates templates, PlaybookChanges changes, SignalGuide signals, Clock clock) {
		this.templates = templates;
		this.changes = changes;
		this.signals = signals;
		this.clock = clock;
	}

	static void requireEditor(CurrentMember me) {
		if (!me.canManage()) {
			throw new AccessDeniedException("Only managers and admins edit the playbook");
		}
	}

	@Transactional(readOnly = true)
	public FollowUpTemplate get(CurrentMember me, long id) {
		return this.templates.findByWorkspaceIdAndId(me.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Template"));
	}

	@Transactional
	public FollowUpTemplate create(CurrentMember me, TemplateForm form) {
		requireEditor(me);
		checkSignalType(me, form.signalTypeId(), null);
		FollowUpTemplate template = this.templates.save(new FollowUpTemplate(me.workspaceId(), form.signalTypeId(),
				form.title(), form.body(), me.userId(), this.clock.instant()));
		record(me, ChangeKind.TEMPLATE_CREATED, template);
		return template;
	}

	@Transactional
	public FollowUpTemplate change(CurrentMember me, long id, TemplateForm form) {
		requireEditor(me);
		FollowUpTemplate template = get(me, id);
		if (form.version() == null || form.version() != template.getVersion()) {
			throw new RuleViolation(null, "playbook.template.conflict");
		}
		checkSignalType(me, form.signalTypeId(), id);
		template.rewrite(form.signalTypeId(), form.title(), form.body(), me.userId(), this.clock.instant());
		this.templates.saveAndFlush(template);
		record(me, ChangeKind.TEMPLATE_EDITED, template);
		return template;
	}

	@Transactional
	public void delete(CurrentMember me, long id) {
		requireEditor(me);
		FollowUpTemplate template = get(me, id);
		record(me, ChangeKind.TEMPLATE_DELETED, template);
		this.templates.delete(template);
	}

	private void checkSignalType(CurrentMember me, Long signalTypeId, Long templateId) {
		if (signalTypeId == null) {
			return;
		}
		boolean known = this.signals.activeTypes(me.workspaceId()).stream().anyMatch((t) -> t.id() == signalTypeId);
		if (!known) {
			throw new RuleViolation("signalTypeId", "playbook.template.unknownSignalType");
		}
		boolean taken = (templateId == null)
				? this.templates.existsByWorkspaceIdAndSignalTypeId(me.workspaceId(), signalTypeId)
				: this.templates.existsByWorkspaceIdAndSignalTypeIdAndIdNot(me.workspaceId(), signalTypeId, templateId);
		if (taken) {
			throw new RuleViolation("signalTypeId", "playbook.template.signalTypeTaken");
		}
	}

	private void record(CurrentMember me, ChangeKind kind, FollowUpTemplate template) {
		this.changes.save(PlaybookChange.ofTemplate(me.workspaceId(), kind, template.getTitle(), template.getId(),
				me.userId(), this.clock.instant()));
	}

}

package io.signalroom.signal.taxonomy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and editing the signal taxonomy. Admins, managers and facilitators edit it;
 * participants read it (and rate signals). Every change leaves a revision.
 */
@Service
public class TaxonomyService {

	private final SignalTypes types;

	private final RevisionLog revisions;

	private final Snapshots snapshots;

	private final Clock clock;

	TaxonomyService(SignalTypes types, RevisionLog revisions, Snapshots snapshots, Clock clock) {
		this.types = types;
		this.revisions = revisions;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	public static boolean canEdit(CurrentMember me) {
		return me.role() != Role.PARTICIPANT;
	}

	@Transactional(readOnly = true)
	public List<SignalType> browse(CurrentMember me, SignalCategory category, String search, boolean withRetired) {
		String term = (search != null) ? search.strip().toLowerCase() : "";
		return this.types.browse(me.workspaceId(), category, term, withRetired);
	}

	@Transactional(readOnly = true)
	public SignalType get(CurrentMember me, long id) {
		return this.types.findByWorkspaceIdAndId(me.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Signal type"));
	}

	@Transactional(readOnly = true)
	public List<SignalType> dueForReview(CurrentMember me) {
		return this.types.dueForReview(me.workspaceId(), today());
	}

	@Transactional(readOnly = true)
	public List<Revision> revisions(CurrentMember me, long id) {
		get(me, id);
		return this.revisions.of(me.workspaceId(), id);
	}

	@Transactional
	public SignalType create(CurrentMember me, SignalTypeContent content, String reason) {
		requireEditor(me);
		checkName(me.workspaceId(), content.name(), null);
		SignalType type = this.types.saveAndFlush(new SignalType(me.workspaceId(), content, null, now()));
		this.revisions.record(type, me, reason, this.snapshots.of(type), now());
		return type;
	}

	/**
	 * Saves an edit made on {@code seenVersion}; when someone else saved in between,
	 * nothing is written and an {@link EditConflict} shows both versions.
	 */
	@Transactional
	public SignalType update(CurrentMember me, long id, long seenVersion, SignalTypeContent content, String reason) {
		requireEditor(me);
		SignalType type = get(me, id);
		if (type.getVersion() != seenVersion) {
			List<FieldChange> differences = Snapshots.diff(this.snapshots.of(type), this.snapshots.of(content))
				.stream()
				.filter((c) -> !c.labelKey().equals("signal.field.rule") && !c.labelKey().equals("signal.field.status"))
				.toList();
			throw new EditConflict(type, this.revisions.latest(me.workspaceId(), id), differences);
		}
		checkName(me.workspaceId(), content.name(), id);
		type.apply(content, now());
		return recorded(me, type, reason);
	}

	@Transactional
	public SignalType changeRule(CurrentMember me, long id, long seenVersion, DetectionRule rule, String reason) {
		requireEditor(me);
		SignalType type = get(me, id);
		if (type.getVersion() != seenVersion) {
			throw new EditConflict(type, this.revisions.latest(me.workspaceId(), id), List.of());
		}
		type.changeRule(rule, now());
		return recorded(me, type, reason);
	}

	@Transactional
	public SignalType confirmReview(CurrentMember me, long id, String reason) {
		requireEditor(me);
		SignalType type = get(me, id);
		type.confirmReview(today(), now());
		return recorded(me, type, reason);
	}

	@Transactional
	public SignalType retire(CurrentMember me, long id, String reason) {
		requireEditor(me);
		SignalType type = get(me, id);
		type.retire(now());
		return recorded(me, type, reason);
	}

	/** Gives a workspace the starter library, once. */
	@Transactional
	public void seedStarterLibrary(long workspaceId) {
		if (this.types.existsByWorkspaceId(workspaceId)) {
			return;
		}
		for (StarterSignal starter : StarterLibrary.signals(today())) {
			SignalType type = this.types.save(new SignalType(workspaceId, starter.content(), starter.rule(), now()));
			this.types.flush();
			this.revisions.record(type, null, "SignalRoom", "Starter library", this.snapshots.of(type), now());
		}
	}

	private SignalType recorded(CurrentMember me, SignalType type, String reason) {
		this.types.flush();
		Map<String, String> snapshot = this.snapshots.of(type);
		this.revisions.record(type, me, reason, snapshot, now());
		return type;
	}

	private void checkName(long workspaceId, String name, Long exceptId) {
		if (this.types.nameTaken(workspaceId, name.strip(), exceptId)) {
			throw new RuleViolation("name", "signal.nameTaken");
		}
	}

	public static void requireEditor(CurrentMember me) {
		if (!canEdit(me)) {
			throw new AccessDeniedException("Participants do not edit the taxonomy");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

}

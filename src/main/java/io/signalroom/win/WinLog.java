package io.signalroom.win;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging, changing and deleting wins. Anyone in the workspace logs one; only its author,
 * a manager or an admin changes or deletes it. Links must point at the workspace's own
 * insights, action items and customers.
 */
@Service
class WinLog {

	static final int WALL_SIZE = 200;

	private final Wins wins;

	private final InsightDirectory insights;

	private final CustomerCatalog customers;

	private final Clock clock;

	WinLog(Wins wins, InsightDirectory insights, CustomerCatalog customers, Clock clock) {
		this.wins = wins;
		this.insights = insights;
		this.customers = customers;
		this.clock = clock;
	}

	static boolean canEdit(CurrentMember me, Win win) {
		return win.isAuthor(me.userId()) || me.canManage();
	}

	/** The win with its links loaded, so pages can read them after the transaction. */
	@Transactional(readOnly = true)
	public Win get(CurrentMember me, long id) {
		Win win = this.wins.findByWorkspaceIdAndId(me.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Win"));
		win.getInsightIds().size();
		win.getActionIds().size();
		return win;
	}

	/** The workspace's latest wins, newest first. */
	@Transactional(readOnly = true)
	public List<Win> latest(CurrentMember me) {
		return this.wins.findByWorkspaceIdOrderByWonOnDescIdDesc(me.workspaceId(), PageRequest.of(0, WALL_SIZE));
	}

	@Transactional(readOnly = true)
	public long count(CurrentMember me) {
		return this.wins.countByWorkspaceId(me.workspaceId());
	}

	@Transactional
	public Win log(CurrentMember me, WinDetails details) {
		check(me, details);
		return this.wins.save(new Win(me.workspaceId(), me.userId(), details, this.clock.instant()));
	}

	@Transactional
	public Win change(CurrentMember me, long id, Long seenVersion, WinDetails details) {
		Win win = editable(me, id);
		if (seenVersion == null || seenVersion != win.getVersion()) {
			throw new RuleViolation(null, "win.conflict");
		}
		check(me, details);
		win.describe(details, this.clock.instant());
		return this.wins.saveAndFlush(win);
	}

	@Transactional
	public void delete(CurrentMember me, long id) {
		this.wins.delete(editable(me, id));
	}

	/** The win, if the member may change it: 404 for another workspace's, else 403. */
	@Transactional(readOnly = true)
	public Win editable(CurrentMember me, long id) {
		Win win = get(me, id);
		if (!canEdit(me, win)) {
			throw new AccessDeniedException("Only the author, managers and admins change a win");
		}
		return win;
	}

	private void check(CurrentMember me, WinDetails details) {
		if (details.wonOn().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("wonOn", "win.wonOn.future");
		}
		long workspaceId = me.workspaceId();
		if (details.customerId() != null
				&& this.customers.summary(workspaceId, details.customerId(), CustomerLens.workspace()).isEmpty()) {
			throw new RuleViolation("customerId", "win.customer.unknown");
		}
		if (this.insights.insights(workspaceId, details.insightIds()).size() != details.insightIds().size()) {
			throw new RuleViolation("insightIds", "win.insights.unknown");
		}
		if (this.insights.actions(workspaceId, details.actionIds()).size() != details.actionIds().size()) {
			throw new RuleViolation("actionIds", "win.actions.unknown");
		}
	}

}

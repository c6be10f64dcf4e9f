package io.signalroom.insight.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.HomeCard;
import io.signalroom.workspace.HomeCards;

import org.springframework.stereotype.Component;

/**
 * Start page cards about the member's own action items: overdue ones (urgent) and the
 * rest of what they still have open.
 */
@Component
class ActionHomeCards implements HomeCards {

	private final ActionTracker tracker;

	ActionHomeCards(ActionTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentMember me) {
		LocalDate today = this.tracker.today();
		Map<ActionFilter, Long> counts = this.tracker.counts(me, me.userId(), today);
		long overdue = counts.get(ActionFilter.OVERDUE);
		long open = counts.get(ActionFilter.OPEN);
		List<HomeCard> cards = new ArrayList<>();
		if (overdue > 0) {
			cards.add(new HomeCard(20, true, "home.card.actionsOverdue", List.of(overdue),
					"/actions/mine?show=" + ActionFilter.OVERDUE.key(), "home.card.actionsOverdue.link"));
		}
		if (open > overdue) {
			cards.add(new HomeCard(40, false, "home.card.actionsOpen",
					List.of(open - overdue, counts.get(ActionFilter.DUE_SOON)), "/actions/mine",
					"home.card.actionsOpen.link"));
		}
		return cards;
	}

}

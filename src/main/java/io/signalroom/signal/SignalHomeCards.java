package io.signalroom.signal;

import java.util.ArrayList;
import java.util.List;

import io.signalroom.signal.taxonomy.TaxonomyService;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.HomeCard;
import io.signalroom.workspace.HomeCards;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start page cards about signals: the open alerts that notify the member's department,
 * and, for those who may edit the taxonomy, the signal types due for review.
 */
@Component
class SignalHomeCards implements HomeCards {

	private final JdbcClient jdbc;

	private final TaxonomyService taxonomy;

	SignalHomeCards(JdbcClient jdbc, TaxonomyService taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HomeCard> cardsFor(CurrentMember me) {
		List<HomeCard> cards = new ArrayList<>();
		long alerts = this.jdbc.sql("""
				select count(*) from detected_signal d join signal_type t on t.id = d.signal_type_id
				where d.workspace_id = :ws and t.workspace_id = :ws and d.status = 'OPEN'
				  and t.notify_departments like '%,' || :dept || ',%'""")
			.param("ws", me.workspaceId())
			.param("dept", me.department().name())
			.query(Long.class)
			.single();
		if (alerts > 0) {
			cards.add(new HomeCard(50, false, "home.card.alerts",
					List.of(alerts, new DefaultMessageSourceResolvable(me.department().messageKey())),
					"/alerts?department=" + me.department().name(), "home.card.alerts.link"));
		}
		if (TaxonomyService.canEdit(me)) {
			int due = this.taxonomy.dueForReview(me).size();
			if (due > 0) {
				cards.add(new HomeCard(60, false, "home.card.review", List.of(due), "/signals/review",
						"home.card.review.link"));
			}
		}
		return cards;
	}

}

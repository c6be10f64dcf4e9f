package io.signalroom.session.home;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.HomeCard;
import io.signalroom.workspace.HomeCards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start page cards about sessions: a session of the member's that is running now, their
 * next planned session, and, for facilitators with nothing planned, a nudge to plan one.
 */
@Component
class SessionHomeCards implements HomeCards {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** A planned session stays "next" until this long after its start. */
	private static final String GRACE = "interval '2 hours'";

	private final JdbcClient jdbc;

	private final Clock clock;

	SessionHomeCards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HomeCard> cardsFor(CurrentMember me) {
		List<HomeCard> cards = new ArrayList<>();
		mine(me, "s.status in ('LIVE', 'PAUSED')", "s.scheduled_start")
			.ifPresent((s) -> cards.add(new HomeCard(10, true, "home.card.sessionLive", List.of(s.focus()),
					"/sessions/" + s.id() + "/run", "home.card.sessionLive.link")));
		var next = mine(me, "s.status = 'PLANNED' and s.scheduled_start > cast(:now as timestamptz) - " + GRACE,
				"s.scheduled_start");
		next.ifPresent((s) -> cards.add(
				new HomeCard(20, false, "home.card.sessionNext", List.of(s.focus(), WHEN.format(s.start().toInstant())),
						"/sessions/" + s.id(), "home.card.sessionNext.link")));
		if (next.isEmpty() && me.canFacilitate()) {
			cards.add(new HomeCard(30, false, "home.card.sessionPlan", List.of(), "/sessions/new",
					"home.card.sessionPlan.link"));
		}
		return cards;
	}

	private java.util.Optional<Upcoming> mine(CurrentMember me, String condition, String order) {
		return this.jdbc.sql("""
				select s.id, s.focus, s.scheduled_start from practice_session s
				where s.workspace_id = :ws and %s
				  and (s.facilitator_id = :user
				       or exists (select 1 from session_participant p where p.session_id = s.id and p.user_id = :user))
				order by %s limit 1""".formatted(condition, order))
			.param("ws", me.workspaceId())
			.param("user", me.userId())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Upcoming(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)))
			.optional();
	}

	private record Upcoming(long id, String focus, Timestamp start) {
	}

}

package io.signalroom.session.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Session pages show times in UTC (members have no time zone of their own yet).
 */
@ControllerAdvice(assignableTypes = { SessionController.class, SessionPageController.class, SeriesController.class,
		AgendaController.class, JoinController.class, SessionPeopleController.class })
class SessionPageAttributes {

	private final Clock clock;

	SessionPageAttributes(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

	@ModelAttribute("utc")
	ZoneId utc() {
		return ZoneOffset.UTC;
	}

}

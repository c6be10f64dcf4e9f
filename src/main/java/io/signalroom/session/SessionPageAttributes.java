package io.signalroom.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Session pages show times in UTC (members have no time zone of their own yet).
 */
@ControllerAdvice(basePackages = "io.signalroom.session")
class SessionPageAttributes {

	private final Clock clock;

	/** Web slice tests have no clock bean; they get the system's. */
	SessionPageAttributes(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
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

package io.signalroom.workspace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one
 * e-mail address within {@link #WINDOW}, that address is locked for {@link #LOCK}. Kept
 * in the database, so all app instances agree.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long the address stays locked, if it is. */
	@Transactional(readOnly = true)
	Optional<Duration> lockedFor(String email) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_throttle where email = ? and locked_until > ?")
			.params(key(email), at(now))
			.query(OffsetDateTime.class)
			.optional()
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	@Transactional
	void recordFailure(String email) {
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("""
				insert into login_throttle (email, failures, first_failure_at) values (:email, 1, :now)
				on conflict (email) do update set
				  failures = case when login_throttle.first_failure_at < :windowStart then 1
				                  else login_throttle.failures + 1 end,
				  first_failure_at = case when login_throttle.first_failure_at < :windowStart then :now
				                          else login_throttle.first_failure_at end
				returning failures""")
			.param("email", key(email))
			.param("now", at(now))
			.param("windowStart", at(now.minus(WINDOW)))
			.query(Integer.class)
			.single();
		if (failures >= MAX_FAILURES) {
			this.jdbc.sql("update login_throttle set locked_until = ? where email = ?")
				.params(at(now.plus(LOCK)), key(email))
				.update();
		}
	}

	@Transactional
	void reset(String email) {
		this.jdbc.sql("delete from login_throttle where email = ?").param(key(email)).update();
	}

	private static String key(String email) {
		String normalized = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		return (normalized.length() > 254) ? normalized.substring(0, 254) : normalized;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

package io.signalroom.live;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Live events matter only to pages open right now; they are deleted after
 * {@code signalroom.live.retention} (two days by default). Running on every instance at
 * once is harmless.
 */
@Component
class LiveRetention {

	private static final Logger log = LoggerFactory.getLogger(LiveRetention.class);

	private final LiveEventLog events;

	private final Clock clock;

	private final Duration retention;

	LiveRetention(LiveEventLog events, Clock clock, LiveProperties properties) {
		this.events = events;
		this.clock = clock;
		this.retention = properties.retention();
	}

	/** Every {@code signalroom.live.retention-check} (see {@link LiveConfiguration}). */
	int deleteExpired() {
		int deleted = this.events.deleteCreatedBefore(this.clock.instant().minus(this.retention));
		if (deleted > 0) {
			log.info("Live events: deleted {} older than {}", deleted, this.retention);
		}
		return deleted;
	}

}

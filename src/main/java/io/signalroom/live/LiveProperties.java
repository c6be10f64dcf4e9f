package io.signalroom.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live fan-out, under {@code signalroom.live}.
 *
 * @param streamTimeout how long one SSE response stays open before the browser reconnects
 * with {@code Last-Event-ID}
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * and dead clients are noticed
 * @param retention how long events stay replayable
 * @param retentionCheck how often older events are deleted
 * @param fanOutThreads threads that write events to this instance's subscribers
 */
@ConfigurationProperties("signalroom.live")
record LiveProperties(@DefaultValue("30m") Duration streamTimeout, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("2d") Duration retention, @DefaultValue("1h") Duration retentionCheck,
		@DefaultValue("4") int fanOutThreads) {

}

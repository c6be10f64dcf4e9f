package io.signalroom.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Heartbeats and retention run on Spring's scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LiveConfiguration {

}

package io.signalroom.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Heartbeats and retention run on Spring's scheduler, as often as {@link LiveProperties}
 * says.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LiveConfiguration implements SchedulingConfigurer {

	private final LiveProperties properties;

	private final LiveSubscriptions subscriptions;

	private final LiveRetention retention;

	LiveConfiguration(LiveProperties properties, LiveSubscriptions subscriptions, LiveRetention retention) {
		this.properties = properties;
		this.subscriptions = subscriptions;
		this.retention = retention;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedRateTask(new FixedRateTask(this.subscriptions::heartbeat, this.properties.heartbeat(),
				this.properties.heartbeat()));
		tasks.addFixedDelayTask(new FixedDelayTask(this.retention::deleteExpired, this.properties.retentionCheck(),
				this.properties.retentionCheck()));
	}

}

package io.signalroom.customer.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Imports run on two threads of their own, so a large file neither blocks a request nor
 * starves the rest of the app.
 */
@Configuration(proxyBeanMethods = false)

@EnableScheduling
class ImportConfiguration {

	@Bean
	ThreadPoolTaskExecutor importExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(100);
		executor.setThreadNamePrefix("import-");
		// never interrupt a job's thread: RunningImports cancels its statement and lets
		// it
		// record the failure while the connection pool is still open
		executor.setWaitForTasksToCompleteOnShutdown(true);
		return executor;
	}

}

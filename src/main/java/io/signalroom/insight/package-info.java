/**
 * What a team learns: insights with their evidence and status history ({@code record}),
 * action items ({@code action}), the opening recap and wrap-up summary ({@code wrapup})
 * and the insight repository's search and exports ({@code search}). Other modules read
 * through {@link io.signalroom.insight.InsightDirectory} and hear
 * {@link io.signalroom.insight.InsightStatusChanged}.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "customer", "signal", "session", "live" })
package io.signalroom.insight;

import org.springframework.modulith.ApplicationModule;

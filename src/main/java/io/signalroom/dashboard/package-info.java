/**
 * The practice dashboard for managers: sessions, interpretations, insights, actions and
 * wins over time, read from the facades of the modules that own them.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "session", "insight", "win" })
package io.signalroom.dashboard;

import org.springframework.modulith.ApplicationModule;

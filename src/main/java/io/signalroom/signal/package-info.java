/**
 * The signal taxonomy: signal types with their revisions, detection rules run over
 * timelines as set-based SQL, the alerts they raise (detected signals) and the scorecards
 * members rate them with. Other modules read through
 * {@link io.signalroom.signal.SignalTaxonomy} (types, a customer's detected signals, open
 * alerts) and {@link io.signalroom.signal.SignalsAsOf} (what the rules detect as of a
 * cut, stored nowhere); detection runs after
 * {@link io.signalroom.customer.EventsImported} and announces
 * {@link io.signalroom.signal.DetectionRan}.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "customer" })
package io.signalroom.signal;

import org.springframework.modulith.ApplicationModule;

/**
 * Practice sessions: planning (templates, agenda, series and cadence, rotation,
 * participants, assignments, join codes) in {@code planning}, running them live (timer,
 * interpretations, silent rounds, speaking order, votes, clusters, the board) in
 * {@code running}. Other modules read a session through
 * {@link io.signalroom.session.PracticeSessions}
 * ({@link io.signalroom.session.SessionView}), its board through
 * {@link io.signalroom.session.SessionBoards}, cited interpretations through
 * {@link io.signalroom.session.SessionEvidence} and counts through
 * {@link io.signalroom.session.SessionStatistics}.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "customer", "signal", "live" })
package io.signalroom.session;

import org.springframework.modulith.ApplicationModule;

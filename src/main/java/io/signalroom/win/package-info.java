/**
 * The wins wall: outcomes credited to practice, linked to the insights, actions and
 * customer behind them; {@link io.signalroom.win.WinTotals} gives the dashboard its
 * counts per quarter.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "customer", "insight" })
package io.signalroom.win;

import org.springframework.modulith.ApplicationModule;

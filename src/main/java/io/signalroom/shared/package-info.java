/**
 * The few things every module needs: web helpers, errors, the clock, and the embedded
 * PostgreSQL. An open module: every other module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.signalroom.shared;

import org.springframework.modulith.ApplicationModule;

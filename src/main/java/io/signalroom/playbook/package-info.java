/**
 * The living playbook: active signal types, validated insights and Markdown follow-up
 * templates on one page, with a changelog kept as insights change status and templates
 * are edited.
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace", "signal", "session", "insight" })
package io.signalroom.playbook;

import org.springframework.modulith.ApplicationModule;

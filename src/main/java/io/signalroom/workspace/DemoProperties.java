package io.signalroom.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo workspace, under {@code signalroom.demo}; every module that adds
 * demo data reads them.
 *
 * @param enabled whether the first start makes the demo workspace with one login per role
 * (and later starts add demo data it lacks); {@code SIGNALROOM_DEMO_ENABLED=false} turns
 * it off
 */
@ConfigurationProperties("signalroom.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {

}

/**
 * Live events: pages follow a {@link io.signalroom.live.LiveTopic} over server-sent
 * events, and {@link io.signalroom.live.LiveEvents#publish} reaches every such page on
 * every app instance within a second of the publishing transaction's commit, through
 * PostgreSQL {@code LISTEN/NOTIFY}.
 * <p>
 * A module publishes in its own transaction: <pre class="code">
 * LiveTopic topic = LiveTopic.of(member.workspaceId(), "session-" + session.getId());
 * liveEvents.publish(topic, "interpretation-added", renderedRowHtml);
 * </pre> and its page follows the topic with htmx's SSE extension (the scripts come from
 * {@code fragments/live :: scripts}, so the Content-Security-Policy needs no inline
 * script): <pre class="code">
 * &lt;head&gt;&lt;th:block th:replace="~{fragments/live :: scripts}"&gt;&lt;/th:block&gt;&lt;/head&gt;
 * &lt;div hx-ext="sse" th:sse-connect="@{${topic.path()}}"&gt;
 *   &lt;ul sse-swap="interpretation-added" hx-swap="beforeend"&gt;&lt;/ul&gt;
 * &lt;/div&gt;
 * </pre>
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace" })
package io.signalroom.live;

import org.springframework.modulith.ApplicationModule;

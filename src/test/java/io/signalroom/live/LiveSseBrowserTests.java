package io.signalroom.live;

import java.time.Duration;

import io.signalroom.browser.support.BrowserTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page following a topic the documented way ({@code fragments/live :: scripts},
 * {@code hx-ext="sse"}, {@code sse-swap}) shows published events in Chromium under the
 * app's Content-Security-Policy, without a console error.
 */
class LiveSseBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveEvents live;

	@Autowired
	LiveSubscriptions subscriptions;

	@Test
	void aPageWithTheSseExtensionSwapsInPublishedEventsWithinASecond() {
		WorkspaceMother workspaces = new WorkspaceMother(this.context);
		TestWorkspace workspace = workspaces.workspace();
		TestMember member = workspaces.member(workspace, Role.PARTICIPANT);
		LiveTopic topic = LiveTopic.of(workspace.id(), ProbePageConfiguration.ProbePage.TOPIC);
		this.browser.login(member.email(), member.password());

		this.browser.open("/live-probe");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.subscriptions.isFollowed(topic));
		long started = System.nanoTime();
		this.live.publish(topic, "note-added", "<li class=\"note\">Support reads churn risk</li>");
		this.live.publish(topic, "note-added", "<li class=\"note\">Sales reads upsell</li>");

		this.browser.waitUntil((driver) -> driver.findElements(By.cssSelector("#notes li.note")).size() == 2);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to show both").isLessThan(1000);
		assertThat(this.browser.findAll(By.cssSelector("#notes li.note"))).extracting((li) -> li.getText())
			.containsExactly("Support reads churn risk", "Sales reads upsell");
		this.browser.assertPageIsClean();
	}

	/** A page for this test only: the app itself has no live page yet. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ProbePageConfiguration {

		@Controller
		static class ProbePage {

			static final String TOPIC = "probe";

			@GetMapping("/live-probe")
			String probe(CurrentMember member, Model model) {
				model.addAttribute("topic", LiveTopic.of(member.workspaceId(), TOPIC));
				return "live/probe";
			}

		}

	}

}

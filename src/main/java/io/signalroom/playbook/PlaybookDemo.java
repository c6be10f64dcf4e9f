package io.signalroom.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.signalroom.signal.SignalTypeSummary;
import io.signalroom.workspace.DemoWorkspaceCreated;
import io.signalroom.workspace.DemoProperties;
import io.signalroom.workspace.DemoWorkspaces;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo workspace's playbook a few follow-up templates for starter signals and
 * one free-standing template, always the same ones. Runs once the demo workspace has
 * committed, and at startup for a demo workspace made before the playbook existed; a
 * playbook that has templates already is left alone, so a repeated delivery adds nothing.
 */
@Component
class PlaybookDemo implements SmartInitializingSingleton {

	/** Template title → starter signal type it answers (null: free-standing) and body. */
	static final Map<String, String[]> TEMPLATES = new LinkedHashMap<>();

	static {
		TEMPLATES.put("Gone quiet: check-in e-mail", new String[] { "Gone quiet: no logins and no replies", """
				**Who:** the account's success manager, within two working days.

				Hi {first name},

				I noticed your team hasn't been in {product} for a little while. Is anything blocking you?
				I can set up a 20-minute call to walk through what's changed since onboarding.

				- Check open tickets first
				- Log the reply as an interpretation in the next practice session""" });
		TEMPLATES.put("Pricing visits: plan walkthrough offer", new String[] { "Repeat pricing page visits", """
				**Who:** the account owner in sales, within two days.

				1. Look at which plan pages they viewed
				2. Offer a short walkthrough of the plans that fit
				3. Tell marketing which content they read before""" });
		TEMPLATES.put("Several tickets in a day: support lead call",
				new String[] { "Several support queries within 24 hours", """
						**Who:** the support lead, the same day.

						Call rather than reply to the ticket. Ask what they are trying to do, not only what broke.
						Tell success if the tickets point to something onboarding missed.""" });
		TEMPLATES.put("Handing a signal to another team", new String[] { null, """
				When a signal belongs to another department:

				1. Post the customer, the signal and what you saw in the shared channel
				2. Name the person you hand it to
				3. Add an action item with a due date so it shows on the dashboard""" });
	}

	private final FollowUpTemplates templates;

	private final PlaybookChanges changes;

	private final SignalGuide signals;

	private final DemoWorkspaces demoWorkspaces;

	private final Clock clock;

	private final boolean demoEnabled;

	PlaybookDemo(FollowUpTemplates templates, PlaybookChanges changes, SignalGuide signals,
			DemoWorkspaces demoWorkspaces, Clock clock, DemoProperties demo) {
		this.templates = templates;
		this.changes = changes;
		this.signals = signals;
		this.demoWorkspaces = demoWorkspaces;
		this.clock = clock;
		this.demoEnabled = demo.enabled();
	}

	@ApplicationModuleListener
	void on(DemoWorkspaceCreated created) {
		if (this.templates.findByWorkspaceIdOrderByTitle(created.workspaceId()).isEmpty()) {
			fill(created.workspaceId(), created.adminUserId());
		}
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (!this.demoEnabled) {
			return;
		}
		this.demoWorkspaces.withAdmin()
			.filter((demo) -> this.templates.findByWorkspaceIdOrderByTitle(demo.workspaceId()).isEmpty())
			.ifPresent((demo) -> fill(demo.workspaceId(), demo.adminUserId()));
	}

	@Transactional
	public void fill(long workspaceId, long authorId) {
		var types = this.signals.activeTypes(workspaceId);
		Instant now = this.clock.instant();
		TEMPLATES.forEach((title, typeAndBody) -> {
			Optional<Long> typeId = types.stream()
				.filter((t) -> t.name().equals(typeAndBody[0]))
				.map(SignalTypeSummary::id)
				.findFirst();
			if (typeAndBody[0] != null && typeId.isEmpty()) {
				return;
			}
			FollowUpTemplate template = this.templates
				.save(new FollowUpTemplate(workspaceId, typeId.orElse(null), title, typeAndBody[1], authorId, now));
			this.changes.save(PlaybookChange.ofTemplate(workspaceId, ChangeKind.TEMPLATE_CREATED, title,
					template.getId(), authorId, now));
		});
	}

}

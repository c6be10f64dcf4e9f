package io.signalroom.workspace.demo;

import java.util.Arrays;

import io.signalroom.workspace.DemoProperties;
import io.signalroom.workspace.DemoWorkspaceCreated;
import io.signalroom.workspace.DemoWorkspaces;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.Membership;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Onboarding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, makes a demo workspace with one login per role; on every start, prints
 * them. Turned off with {@code signalroom.demo.enabled=false} ({@link DemoProperties}).
 * Runs once all beans exist but before the web server starts, so the logins and the
 * customers (written in the same transaction) are there as soon as the app answers; the
 * rest of the demo (alerts, practice history, wins, playbook templates) follows within
 * seconds from the listeners of {@link DemoWorkspaceCreated}, after the commit.
 */
@Component
class DemoWorkspace implements SmartInitializingSingleton {

	static final String NAME = DemoWorkspaces.NAME;

	private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

	private final AccountService accounts;

	private final Onboarding onboarding;

	private final MemberAdministration administration;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	DemoWorkspace(AccountService accounts, Onboarding onboarding, MemberAdministration administration,
			ApplicationEventPublisher events, DemoProperties demo) {
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.administration = administration;
		this.events = events;
		this.enabled = demo.enabled();
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			return;
		}
		if (!this.accounts.exists(DemoLogin.ALL[0].email())) {
			create();
		}
		StringBuilder banner = new StringBuilder(
				"\n\n  SignalRoom demo logins (password: " + DemoLogin.PASSWORD + ")\n");
		Arrays.stream(DemoLogin.ALL)
			.forEach((login) -> banner
				.append(String.format("    %-24s %-12s %s%n", login.email(), login.role(), login.department())));
		log.info(banner.toString());
	}

	private void create() {
		DemoLogin first = DemoLogin.ALL[0];
		UserAccount admin = this.accounts.create(first.email(), first.displayName(), DemoLogin.PASSWORD);
		Membership adminMembership = this.onboarding.createWorkspace(admin.getId(), NAME, first.department());
		long workspaceId = adminMembership.getWorkspace().getId();
		for (DemoLogin login : Arrays.copyOfRange(DemoLogin.ALL, 1, DemoLogin.ALL.length)) {
			UserAccount user = this.accounts.create(login.email(), login.displayName(), DemoLogin.PASSWORD);
			this.administration.addDirectly(workspaceId, user, login.role(), login.department());
		}
		log.info("Created the demo workspace '{}'", NAME);
		this.events.publishEvent(new DemoWorkspaceCreated(workspaceId, admin.getId()));
	}

}

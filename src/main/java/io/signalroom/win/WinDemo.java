package io.signalroom.win;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.workspace.DemoWorkspaceCreated;
import io.signalroom.workspace.DemoProperties;
import io.signalroom.workspace.DemoWorkspaces;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a few wins on the demo workspace's wall, always the same ones (dated back from
 * today), linked to its first customers. Runs once the demo workspace and its customers
 * have committed, and at startup for a demo workspace made before wins existed; a wall
 * that has wins already is left alone, so a repeated delivery adds nothing.
 */
@Component
class WinDemo implements SmartInitializingSingleton {

	private final Wins wins;

	private final CustomerCatalog customers;

	private final DemoWorkspaces demoWorkspaces;

	private final Clock clock;

	private final boolean demoEnabled;

	WinDemo(Wins wins, CustomerCatalog customers, DemoWorkspaces demoWorkspaces, Clock clock, DemoProperties demo) {
		this.wins = wins;
		this.customers = customers;
		this.demoWorkspaces = demoWorkspaces;
		this.clock = clock;
		this.demoEnabled = demo.enabled();
	}

	@ApplicationModuleListener
	void on(DemoWorkspaceCreated created) {
		if (this.wins.countByWorkspaceId(created.workspaceId()) == 0) {
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
			.filter((demo) -> this.wins.countByWorkspaceId(demo.workspaceId()) == 0)
			.ifPresent((demo) -> fill(demo.workspaceId(), demo.adminUserId()));
	}

	@Transactional
	public void fill(long workspaceId, long authorId) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> customerIds = this.customers.search(workspaceId, "", CustomerLens.workspace())
			.stream()
			.map(CustomerSummary::id)
			.limit(4)
			.toList();
		List<WinDetails> demo = List.of(
				new WinDetails(WinKind.SAVED_ACCOUNT, "Kept a quiet onboarding account",
						"Support and success compared notes on an account that went silent after onboarding. "
								+ "A check-in call found a blocked integration; two weeks later they renewed.",
						new BigDecimal("18000"), today.minusDays(12), customer(customerIds, 0), Set.of(), Set.of()),
				new WinDetails(WinKind.UPSELL, "Enterprise SSO upsell after three feature questions",
						"Three tickets asking about SSO in a month: sales reached out with the enterprise plan.",
						new BigDecimal("24000"), today.minusDays(41), customer(customerIds, 1), Set.of(), Set.of()),
				new WinDetails(WinKind.CLOSED_DEAL, "Closed a webinar lead within a week",
						"Webinar plus a demo-email click within three days: sales called the same afternoon.",
						new BigDecimal("9500"), today.minusDays(83), customer(customerIds, 2), Set.of(), Set.of()),
				new WinDetails(WinKind.OTHER, "Support and success share one escalation channel",
						"Born in a retention review: no more escalations lost between two inboxes.", null,
						today.minusDays(118), null, Set.of(), Set.of()),
				new WinDetails(WinKind.SAVED_ACCOUNT, "Downgrade reversed after a check-in call",
						"A billing change near renewal was caught by the churn-risk review.", new BigDecimal("6000"),
						today.minusDays(160), customer(customerIds, 3), Set.of(), Set.of()));
		demo.forEach((details) -> this.wins.save(new Win(workspaceId, authorId, details, this.clock.instant())));
	}

	private static Long customer(List<Long> ids, int index) {
		return (index < ids.size()) ? ids.get(index) : null;
	}

}

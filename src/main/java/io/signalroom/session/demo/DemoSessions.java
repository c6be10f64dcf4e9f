package io.signalroom.session.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.session.DemoSessionsCreated;
import io.signalroom.signal.DetectionRan;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.DemoProperties;
import io.signalroom.workspace.DemoWorkspaces;
import io.signalroom.workspace.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo workspace a practice history (see {@link DemoHistory}) so that a
 * newcomer's sessions, recap and summaries are not empty: once the new demo workspace's
 * signals are detected, and at startup for a demo workspace made before this history
 * existed. Written once per workspace, in one transaction; publishes
 * {@link DemoSessionsCreated} for the insights.
 */
@Component
class DemoSessions implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

	private final DemoSessionRecorder recorder;

	private final DemoSessionWriter writer;

	private final MemberDirectory members;

	private final CustomerCatalog customers;

	private final DemoWorkspaces demoWorkspaces;

	private final SignalTaxonomy signals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean demoEnabled;

	DemoSessions(DemoSessionRecorder recorder, DemoSessionWriter writer, MemberDirectory members,
			CustomerCatalog customers, DemoWorkspaces demoWorkspaces, SignalTaxonomy signals,
			ApplicationEventPublisher events, Clock clock, DemoProperties demo) {
		this.recorder = recorder;
		this.writer = writer;
		this.members = members;
		this.customers = customers;
		this.demoWorkspaces = demoWorkspaces;
		this.signals = signals;
		this.events = events;
		this.clock = clock;
		this.demoEnabled = demo.enabled();
	}

	/**
	 * The demo book is written in the workspace's own transaction, but its signals are
	 * detected only after that has committed; the history points at those signals, so it
	 * is written once detection has run over the demo workspace's customers. Later
	 * detections there (an import into the demo) find the history written and add
	 * nothing.
	 */
	@ApplicationModuleListener
	public void on(DetectionRan detection) {
		if (this.demoEnabled
				&& this.demoWorkspaces.workspaceId().filter((demo) -> demo == detection.workspaceId()).isPresent()) {
			seed(detection.workspaceId());
		}
	}

	/**
	 * A demo workspace without alerts has not had its signals detected yet (a crash left
	 * that to be resubmitted): the listener above writes the history once it has.
	 */
	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (!this.demoEnabled) {
			return;
		}
		this.demoWorkspaces.workspaceId()
			.filter((workspaceId) -> !this.signals.openAlerts(workspaceId, 1, CustomerLens.workspace()).isEmpty())
			.ifPresent(this::seed);
	}

	/**
	 * Writes the history unless the workspace has it already, lacks the demo people or
	 * the demo book's customers.
	 */
	@Transactional
	public Optional<DemoSessionsCreated> seed(long workspaceId) {
		this.writer.lock(workspaceId);
		if (this.writer.seriesExists(workspaceId, DemoHistory.SERIES)) {
			return Optional.empty();
		}
		Optional<DemoCast> cast = DemoCast.of(this.members.activeMembers(workspaceId));
		Map<String, Long> book = book(workspaceId);
		if (cast.isEmpty() || book.size() < scriptedCustomers().size()) {
			log.info("Workspace {} lacks the demo people or customers; no practice history written", workspaceId);
			return Optional.empty();
		}
		List<Long> ended = this.recorder.record(workspaceId, cast.get(), book, this.clock.instant());
		DemoSessionsCreated created = new DemoSessionsCreated(workspaceId, ended);
		this.events.publishEvent(created);
		log.info("Wrote the demo practice history: series '{}' with {} ended sessions", DemoHistory.SERIES,
				ended.size());
		return Optional.of(created);
	}

	/** The scripted customers found in the workspace, by external id. */
	private Map<String, Long> book(long workspaceId) {
		Map<String, Long> found = new HashMap<>();
		for (String externalId : scriptedCustomers()) {
			this.customers.search(workspaceId, externalId, CustomerLens.workspace())
				.stream()
				.filter((c) -> externalId.equals(c.externalId()))
				.map(CustomerSummary::id)
				.findFirst()
				.ifPresent((id) -> found.put(externalId, id));
		}
		return found;
	}

	private static Set<String> scriptedCustomers() {
		Set<String> ids = new LinkedHashSet<>();
		Stream.concat(DemoHistory.SERIES_PLANS.stream(), Stream.of(DemoHistory.WORKSHOP))
			.forEach((plan) -> ids.addAll(plan.customers()));
		return ids;
	}

}

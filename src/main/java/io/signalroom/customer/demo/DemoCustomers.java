package io.signalroom.customer.demo;

import java.util.Set;

import io.signalroom.customer.EventsImported;
import io.signalroom.customer.book.CustomerUpserts;
import io.signalroom.customer.book.Customers;
import io.signalroom.workspace.DemoWorkspaceCreated;
import io.signalroom.workspace.DemoProperties;
import io.signalroom.workspace.DemoWorkspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the demo workspace with its generated book of customers: when the workspace is
 * made (in the same transaction, so it never exists half-filled), and at startup for a
 * demo workspace made before customers existed.
 */
@Component
public class DemoCustomers implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

	private final CustomerUpserts upserts;

	private final Customers customers;

	private final DemoWorkspaces demoWorkspaces;

	private final ApplicationEventPublisher events;

	private final boolean demoEnabled;

	DemoCustomers(CustomerUpserts upserts, Customers customers, DemoWorkspaces demoWorkspaces,
			ApplicationEventPublisher events, DemoProperties demo) {
		this.upserts = upserts;
		this.customers = customers;
		this.demoWorkspaces = demoWorkspaces;
		this.events = events;
		this.demoEnabled = demo.enabled();
	}

	/**
	 * A plain listener, so the book is written in the workspace's own transaction: the
	 * rest of the demo (wins, sessions on its customers, their detected signals) reacts
	 * after that commit and finds the book there.
	 */
	@EventListener
	void on(DemoWorkspaceCreated created) {
		fill(created.workspaceId());
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (!this.demoEnabled) {
			return;
		}
		this.demoWorkspaces.workspaceId()
			.filter((workspaceId) -> this.customers.countByWorkspaceId(workspaceId) == 0)
			.ifPresent(this::fill);
	}

	/** Writes the generated book into the workspace; returns the ids of its customers. */
	@Transactional
	public Set<Long> fill(long workspaceId) {
		long started = System.nanoTime();
		DemoBook book = new DemoBookGenerator().generate();
		this.upserts.upsertCustomers(workspaceId, book.customers());
		Set<Long> customerIds = this.upserts.insertEvents(workspaceId, book.events());
		this.events.publishEvent(new EventsImported(workspaceId, customerIds));
		log.info("Generated {} demo customers with {} events in {} ms", book.customers().size(), book.events().size(),
				(System.nanoTime() - started) / 1_000_000);
		return customerIds;
	}

}

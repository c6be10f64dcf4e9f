package io.signalroom.session.running;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerCatalog.TextAbout;
import io.signalroom.customer.CustomerLens;
import io.signalroom.session.SessionView;

import org.springframework.stereotype.Component;

/**
 * Interpretation texts as a session shows them: under pseudonyms, with the customer's
 * name, e-mail and external id replaced by its pseudonym (the customer module decides).
 * The stored text stays as its author wrote it.
 */
@Component
public class InterpretationTexts {

	private final CustomerCatalog customers;

	InterpretationTexts(CustomerCatalog customers) {
		this.customers = customers;
	}

	/** The shown text of each entry, by entry id. */
	public Map<Long, String> shown(SessionView session, List<Interpretation> entries) {
		List<String> texts = this.customers.scrubbed(session.workspaceId(),
				entries.stream().map((i) -> new TextAbout(i.getCustomerId(), i.getText())).toList(),
				CustomerLens.session(session.anonymizeCustomers()));
		Map<Long, String> shown = new HashMap<>();
		for (int n = 0; n < entries.size(); n++) {
			shown.put(entries.get(n).getId(), texts.get(n));
		}
		return shown;
	}

}

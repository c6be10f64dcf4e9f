package io.signalroom.playbook;

import java.util.Comparator;
import java.util.List;

import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.signal.SignalTypeSummary;

import org.springframework.stereotype.Component;

/**
 * The workspace's active signal types in the order the playbook prints them: by category,
 * then by name.
 */
@Component
class SignalGuide {

	private final SignalTaxonomy taxonomy;

	SignalGuide(SignalTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** Active (not retired) signal types, by category and name. */
	List<SignalTypeSummary> activeTypes(long workspaceId) {
		// the taxonomy lists them by name; a stable sort keeps that order within a
		// category
		return this.taxonomy.activeTypes(workspaceId)
			.stream()
			.sorted(Comparator.comparing((SignalTypeSummary t) -> t.category().name()))
			.toList();
	}

}

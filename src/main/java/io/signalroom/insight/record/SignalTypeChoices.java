package io.signalroom.insight.record;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.signalroom.signal.SignalTaxonomy;

import org.springframework.stereotype.Component;

/**
 * Names of the workspace's signal types, for the insight form's pick list and the facets
 * of an insight, as the signal module's {@link SignalTaxonomy} tells them.
 */
@Component
class SignalTypeChoices {

	private final SignalTaxonomy taxonomy;

	SignalTypeChoices(SignalTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The types in use (not retired), by name. */
	List<SignalTypeRef> active(long workspaceId) {
		return this.taxonomy.activeTypes(workspaceId).stream().map((t) -> new SignalTypeRef(t.id(), t.name())).toList();
	}

	/** The named types of the workspace, retired or not, in the order given. */
	List<SignalTypeRef> named(long workspaceId, Collection<Long> ids) {
		Map<Long, String> names = this.taxonomy.signalTypeNames(workspaceId, ids);
		return ids.stream().filter(names::containsKey).map((id) -> new SignalTypeRef(id, names.get(id))).toList();
	}

	/** A signal type as a link: {@code /signals/{id}}. */
	public record SignalTypeRef(long id, String name) {

	}

}

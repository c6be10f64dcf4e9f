package io.signalroom.signal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.taxonomy.SignalType;
import io.signalroom.signal.taxonomy.SignalTypes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the signal module. The customer timeline shows a customer's
 * detected signals at the moment they fired, with the events that prove them.
 */
@Service
public class SignalTaxonomy {

	private final AlertInbox alerts;

	private final SignalTypes types;

	SignalTaxonomy(AlertInbox alerts, SignalTypes types) {
		this.alerts = alerts;
		this.types = types;
	}

	/** The workspace's signal types in use (not retired), by name. */
	@Transactional(readOnly = true)
	public List<SignalTypeSummary> activeTypes(long workspaceId) {
		return this.types.active(workspaceId)
			.stream()
			.map((t) -> new SignalTypeSummary(t.getId(), t.getName(), t.getCategory(), t.getDefinition(),
					t.getInterpretation(), t.getRecommendedResponse(), List.copyOf(t.notifyDepartments())))
			.toList();
	}

	/**
	 * The names of those of the given signal types that belong to the workspace (retired
	 * ones included); ids of another workspace or of no type are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> signalTypeNames(long workspaceId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.types.findByWorkspaceIdAndIdIn(workspaceId, ids)
			.stream()
			.collect(Collectors.toMap(SignalType::getId, SignalType::getName));
	}

	/**
	 * The signals detected on one customer of the workspace, oldest first, each with its
	 * firing time, status and the ids of the timeline events that prove it, the customer
	 * named as seen through the lens. An unknown customer, or one of another workspace,
	 * simply has none.
	 */
	public List<DetectedSignalView> detectedSignalsFor(long workspaceId, long customerId, CustomerLens lens) {
		return this.alerts.forCustomer(workspaceId, customerId, lens);
	}

	/**
	 * The workspace's alerts nobody has dismissed yet (open or acknowledged), most urgent
	 * first, customers named as seen through the lens: candidates for a practice
	 * session's review.
	 */
	public List<DetectedSignalView> openAlerts(long workspaceId, int limit, CustomerLens lens) {
		return this.alerts.unhandled(workspaceId, limit, lens);
	}

}

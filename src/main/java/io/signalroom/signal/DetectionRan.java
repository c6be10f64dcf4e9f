package io.signalroom.signal;

import java.util.Set;

/**
 * The detection rules have run over these customers after they got new events: alerts
 * that now hold were raised, those that no longer hold were resolved (counts may be
 * zero). Published once that has committed, so a listener reads the alerts as they now
 * stand.
 */
public record DetectionRan(long workspaceId, Set<Long> customerIds, int raised, int resolved) {

	public DetectionRan {
		customerIds = Set.copyOf(customerIds);
	}

}

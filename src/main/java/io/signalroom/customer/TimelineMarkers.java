package io.signalroom.customer;

import java.util.List;

/**
 * Lets other modules put markers on a customer's timeline without the customer module
 * knowing them: the signal module contributes its detected signals this way.
 */
public interface TimelineMarkers {

	List<TimelineMarker> markersFor(long workspaceId, long customerId);

}

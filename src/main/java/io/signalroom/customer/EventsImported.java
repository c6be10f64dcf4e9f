package io.signalroom.customer;

import java.util.Set;

/**
 * New timeline events were stored for these customers (by an import, an API batch or the
 * demo generator); signal detection re-evaluates just them.
 */
public record EventsImported(long workspaceId, Set<Long> customerIds) {

}

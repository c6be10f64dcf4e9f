package io.signalroom.signal.taxonomy;

import java.time.Instant;
import java.util.List;

/**
 * One change of a signal type: who made it, when, why, and what changed.
 */
public record Revision(int number, String changedBy, Instant changedAt, String reason, List<FieldChange> changes) {

}

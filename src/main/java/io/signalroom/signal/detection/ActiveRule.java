package io.signalroom.signal.detection;

/**
 * The rule of a signal type that is not retired: what an evaluation runs.
 */
record ActiveRule(long signalTypeId, DetectionRule rule) {

}

package io.signalroom.signal.taxonomy;

import io.signalroom.signal.detection.DetectionRule;

/**
 * One entry of the starter library: its fields and, when it can be counted, its rule.
 */
record StarterSignal(SignalTypeContent content, DetectionRule rule) {

}

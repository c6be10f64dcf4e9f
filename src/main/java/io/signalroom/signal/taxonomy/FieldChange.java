package io.signalroom.signal.taxonomy;

/**
 * One field of a signal type as it was before a change and after it.
 */
public record FieldChange(String labelKey, String before, String after) {

}

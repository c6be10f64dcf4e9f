package io.signalroom.signal.detection;

/**
 * A customer named in a preview or a "showing it now" list, as the customer module shows
 * it, with the path of its timeline.
 */
public record CustomerRef(long id, String name, String path) {

}

package io.signalroom.signal.detection;

/**
 * A customer named in a preview or a "showing it now" list.
 */
public record CustomerRef(long id, String name) {

}

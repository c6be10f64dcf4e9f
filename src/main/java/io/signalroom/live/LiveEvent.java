package io.signalroom.live;

/**
 * One published event as it travels to subscribers.
 */
record LiveEvent(long id, LiveTopic topic, String name, String payload) {

}

package io.signalroom.signal.alert;

/**
 * A member an alert can be assigned to.
 */
public record MemberRef(long userId, String displayName) {

}

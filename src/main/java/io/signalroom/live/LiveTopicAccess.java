package io.signalroom.live;

import io.signalroom.workspace.CurrentMember;

/**
 * Lets the module that owns a kind of topic narrow who may follow it. Any member of the
 * topic's workspace may follow a topic that no bean of this type {@link #decides decides}
 * for; a module declares a bean such as {@code name.startsWith("session-")} / "is this
 * member a participant of that session" to refuse others with 403.
 */
public interface LiveTopicAccess {

	/** Whether this bean decides for topics of this name. */
	boolean decides(String topicName);

	/**
	 * Called only for topics of the member's own workspace that this bean decides for.
	 */
	boolean mayFollow(CurrentMember member, LiveTopic topic);

}

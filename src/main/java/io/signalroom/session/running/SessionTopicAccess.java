package io.signalroom.session.running;

import io.signalroom.live.LiveTopic;
import io.signalroom.live.LiveTopicAccess;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Component;

/**
 * A session's live topic is followed only by those who may open its run page: its
 * facilitator and participants, and the workspace's facilitators, admins and managers.
 */
@Component
class SessionTopicAccess implements LiveTopicAccess {

	private final SessionPlanning planning;

	SessionTopicAccess(SessionPlanning planning) {
		this.planning = planning;
	}

	@Override
	public boolean decides(String topicName) {
		return topicName.startsWith(SessionTopics.PREFIX);
	}

	@Override
	public boolean mayFollow(CurrentMember member, LiveTopic topic) {
		String id = topic.name().substring(SessionTopics.PREFIX.length());
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return false;
		}
		try {
			this.planning.get(member, Long.parseLong(id));
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}

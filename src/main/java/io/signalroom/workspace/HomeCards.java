package io.signalroom.workspace;

import java.util.List;

/**
 * Extension point for the start page: modules tell a member what is waiting for them
 * (their next session, their open actions, alerts for their department) without the
 * workspace module knowing about sessions, actions or alerts.
 */
public interface HomeCards {

	List<HomeCard> cardsFor(CurrentMember me);

}

package io.signalroom.session.planning;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.util.Duration;

/**
 * A session as an iCalendar file (one event) for the participants' calendars.
 */
public final class SessionCalendar {

	private SessionCalendar() {
	}

	public static String ics(PracticeSession session, String summary, String description, String host) {
		VEvent event = new VEvent();
		event.setUid("practice-session-" + session.getId() + "@" + host);
		event.setSummary(summary);
		event.setDescription(description);
		event.setDateStart(Date.from(session.getScheduledStart()), true);
		event.setDuration(Duration.builder().minutes(session.getDurationMinutes()).build());
		event.setSequence((int) session.getVersion());
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//SignalRoom//Practice sessions//EN");
		calendar.setMethod(Method.publish());
		calendar.addEvent(event);
		return Biweekly.write(calendar).go();
	}

}

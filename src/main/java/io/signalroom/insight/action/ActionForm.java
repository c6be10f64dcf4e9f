package io.signalroom.insight.action;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "add an action item" form on the run page. Nothing is checked here: the service
 * checks every rule, so the page shows one message per field whatever the client sent.
 */
public record ActionForm(String title, Long ownerId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		Long insightId, Long customerId, Boolean confirmPastDue) {

	static ActionForm empty() {
		return new ActionForm("", null, null, null, null, false);
	}

	ActionDraft draft() {
		return new ActionDraft(this.title, (this.ownerId != null) ? this.ownerId : 0, this.dueOn, this.insightId,
				this.customerId, Boolean.TRUE.equals(this.confirmPastDue));
	}

}

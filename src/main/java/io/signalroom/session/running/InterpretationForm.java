package io.signalroom.session.running;

import io.signalroom.session.running.InterpretationDraft;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;

/**
 * The interpretation form on the run page. {@code about} is empty, {@code signal-<id>}
 * for a detected signal or {@code event-<id>} for a timeline event of the customer.
 */
record InterpretationForm(Long customerId, String about, String text, SignalCategory category, Integer confidence,
		Integer frequency, Integer intensity, Integer urgency, Sentiment sentiment) {

	static InterpretationForm empty() {
		return forCustomer(null);
	}

	/** An empty form that keeps the customer just interpreted chosen. */
	static InterpretationForm forCustomer(Long customerId) {
		return new InterpretationForm(customerId, "", "", null, 3, null, null, null, null);
	}

	InterpretationDraft draft() {
		Long signal = idAfter("signal-");
		Long event = idAfter("event-");
		return new InterpretationDraft((this.customerId != null) ? this.customerId : 0, event, signal, this.text,
				this.category, this.confidence, this.frequency, this.intensity, this.urgency, this.sentiment);
	}

	private Long idAfter(String prefix) {
		if (this.about == null || !this.about.startsWith(prefix)) {
			return null;
		}
		try {
			return Long.parseLong(this.about.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

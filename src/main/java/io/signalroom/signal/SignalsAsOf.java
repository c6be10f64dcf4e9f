package io.signalroom.signal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.signalroom.signal.detection.CutDetection;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask about signals on timelines cut at a moment (an exercise's
 * cut date, say): the signals the workspace's rules detect as of then. Reads only; alerts
 * are neither raised nor changed.
 */
@Service
public class SignalsAsOf {

	private final CutDetection detection;

	SignalsAsOf(CutDetection detection) {
		this.detection = detection;
	}

	/**
	 * The signals the workspace's active detection rules find on the given customers as
	 * of the cut: only events up to the cut count, and a customer whose outcome lies
	 * after the cut (its stage then is unknown) is taken to be a live customer at the
	 * cut, so its silence counts. Customers of another workspace, or unknown ids, have
	 * none. Ordered by customer, then firing time, then signal type.
	 */
	public List<SignalMatch> detectedAsOf(long workspaceId, Collection<Long> customerIds, Instant cut) {
		return this.detection.matches(workspaceId, customerIds, cut);
	}

}

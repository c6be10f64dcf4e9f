package io.signalroom.signal.alert;

import java.util.List;
import java.util.Map;

import io.signalroom.shared.web.PageLinks;
import io.signalroom.signal.DetectedSignalView;

/**
 * One page of the alerts inbox: the alerts, how many match the filter in all, how many
 * each tab holds under the same department, category and type, and the signal types one
 * may narrow to with their counts.
 */
public record InboxPage(InboxFilter filter, List<DetectedSignalView> alerts, long total, int pages,
		Map<InboxView, Long> perView, List<TypeChoice> types) {

	public static final int SIZE = 50;

	public int page() {
		return this.filter.page();
	}

	public long firstShown() {
		return (this.total == 0) ? 0 : (long) (page() - 1) * SIZE + 1;
	}

	public long lastShown() {
		return Math.min(this.total, (long) page() * SIZE);
	}

	public PageLinks pageLinks() {
		return new PageLinks(page(), this.pages, this.filter::pageUrl);
	}

	/** A signal type the inbox can narrow to, with its number of alerts on this tab. */
	public record TypeChoice(long id, String name, long count) {

	}

}

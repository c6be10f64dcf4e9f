package io.signalroom.insight.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;

/**
 * One insight in a result: its statement and test plan with the search words marked, and
 * its facet values as the page shows them.
 */
public record InsightHit(long id, Highlighted statement, Highlighted testPlan, InsightCategory category,
		InsightStatus status, List<String> departments, List<String> signalTypes, List<String> segments,
		List<String> tags, String session, Instant createdAt) {

	/** The day it was recorded, in UTC (members have no time zone of their own yet). */
	public LocalDate createdOn() {
		return this.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
	}

}

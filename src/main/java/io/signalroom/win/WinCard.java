package io.signalroom.win;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.CustomerSummary;
import io.signalroom.insight.InsightDirectory.ActionRef;
import io.signalroom.insight.InsightDirectory.InsightRef;

/**
 * One win on the wall, with what it links to already looked up; {@code customer} is null
 * when none is linked (or it was deleted).
 */
record WinCard(long id, WinKind kind, String title, String story, BigDecimal value, LocalDate wonOn,
		CustomerSummary customer, List<InsightRef> insights, List<ActionRef> actions, String authorName,
		boolean canEdit) {

}

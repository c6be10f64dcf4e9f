package io.signalroom.win;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What someone says about a win, already checked for form; the wins log checks that the
 * linked insights, actions and customer are the workspace's own.
 */
record WinDetails(WinKind kind, String title, String story, BigDecimal value, LocalDate wonOn, Long customerId,
		Set<Long> insightIds, Set<Long> actionIds) {

}

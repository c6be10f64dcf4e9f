package io.signalroom.session.planning;

import java.time.Duration;
import java.time.Instant;

import io.signalroom.session.SessionStatus;
import io.signalroom.session.planning.CadenceReport.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceReportTests {

	static final Instant MONDAY = Instant.parse("2030-01-07T09:00:00Z");

	@Test
	void occurrencesFollowTheCadence() {
		assertThat(Cadence.WEEKLY.occurrence(MONDAY, 2)).isEqualTo(MONDAY.plus(Duration.ofDays(14)));
		assertThat(Cadence.BIWEEKLY.occurrence(MONDAY, 2)).isEqualTo(MONDAY.plus(Duration.ofDays(28)));
		assertThat(Cadence.MONTHLY.occurrence(Instant.parse("2030-01-31T09:00:00Z"), 1))
			.isEqualTo(Instant.parse("2030-02-28T09:00:00Z"));
	}

	@Test
	void aSessionHeldNearItsDateKeepsTheCadenceOneHeldFarFromItDoesNot() {
		Duration weekly = Cadence.WEEKLY.tolerance();
		Instant now = MONDAY.plus(Duration.ofDays(30));
		assertThat(CadenceReport.verdict(weekly, MONDAY, MONDAY.plusSeconds(3600), SessionStatus.ENDED, now))
			.isEqualTo(Verdict.KEPT);
		assertThat(CadenceReport.verdict(weekly, MONDAY, MONDAY.plus(Duration.ofDays(4)), SessionStatus.ENDED, now))
			.isEqualTo(Verdict.OFF_CADENCE);
		assertThat(CadenceReport.verdict(weekly, MONDAY, null, SessionStatus.PLANNED, now)).isEqualTo(Verdict.MISSED);
		assertThat(CadenceReport.verdict(weekly, MONDAY, null, SessionStatus.CANCELLED, MONDAY.minusSeconds(60)))
			.isEqualTo(Verdict.MISSED);
		assertThat(CadenceReport.verdict(weekly, MONDAY, null, SessionStatus.PLANNED, MONDAY.minusSeconds(60)))
			.isEqualTo(Verdict.UPCOMING);
	}

}

package io.signalroom.customer.importing;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatePatternTests {

	@Test
	void isoDatesAreDetectedAndReadAsMidnightUtc() {
		assertThat(DatePattern.detect(List.of("2024-10-16", "", "2023-08-17"))).contains(DatePattern.ISO_DATE);
		assertThat(DatePattern.ISO_DATE.parseInstant("2024-10-16")).isEqualTo(Instant.parse("2024-10-16T00:00:00Z"));
	}

	@Test
	void sqlStyleDateTimesAreDetected() {
		assertThat(DatePattern.detect(List.of("2023-07-28 03:00:00", "2024-07-09 13:30:00")))
			.contains(DatePattern.SQL_DATE_TIME);
		assertThat(DatePattern.detect(List.of("2023-07-28T03:00:00Z"))).contains(DatePattern.ISO_DATE_TIME);
	}

	@Test
	void aDayAbove12TellsDayFirstFromMonthFirst() {
		assertThat(DatePattern.detect(List.of("03/02/2024", "25/12/2024"))).contains(DatePattern.DAY_MONTH_YEAR);
		assertThat(DatePattern.detect(List.of("03/02/2024", "12/25/2024"))).contains(DatePattern.MONTH_DAY_YEAR);
	}

	@Test
	void aFewBadValuesDoNotHideADateColumn() {
		assertThat(DatePattern.detect(List.of("2024-10-16", "2024-13-45", "2023-08-17")))
			.contains(DatePattern.ISO_DATE);
	}

	@Test
	void textThatIsNoDateIsNotDetected() {
		assertThat(DatePattern.detect(List.of("feature_20", "2024-10-16"))).isEmpty();
		assertThat(DatePattern.ISO_DATE.parses("2024-13-45")).isFalse();
	}

}

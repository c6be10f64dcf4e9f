package io.signalroom.customer.book;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import io.signalroom.workspace.Department;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityChartTests {

	@Test
	void theScaleTopIsOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(ActivityChart.niceCeiling(1)).isEqualTo(1);
		assertThat(ActivityChart.niceCeiling(3)).isEqualTo(5);
		assertThat(ActivityChart.niceCeiling(11)).isEqualTo(20);
		assertThat(ActivityChart.niceCeiling(240)).isEqualTo(500);
	}

	@Test
	void departmentsStackInTheirOrderAndTheTallestWeekReachesTheTop() {
		TreeMap<LocalDate, Map<Department, Long>> perWeek = new TreeMap<>();
		Map<Department, Long> week = new EnumMap<>(Department.class);
		week.put(Department.SUPPORT, 3L);
		week.put(Department.SALES, 2L);
		perWeek.put(LocalDate.of(2026, 1, 5), week);

		ActivityChart chart = ActivityChart.of(perWeek);

		ActivityChart.Bar bar = chart.bars().get(0);
		assertThat(bar.segments()).extracting(ActivityChart.Segment::department).containsExactly("SALES", "SUPPORT");
		assertThat(bar.segments().get(1).y()).isEqualTo(ActivityChart.TOP);
		assertThat(bar.segments().get(0).y() + bar.segments().get(0).height())
			.isEqualTo(ActivityChart.HEIGHT - ActivityChart.BOTTOM);
	}

	@Test
	void weeksWithoutEventsKeepTheirPlaceOnTheAxis() {
		TreeMap<LocalDate, Map<Department, Long>> perWeek = new TreeMap<>();
		perWeek.put(LocalDate.of(2026, 1, 5), Map.of(Department.SALES, 1L));
		perWeek.put(LocalDate.of(2026, 1, 26), Map.of(Department.SALES, 1L));

		ActivityChart chart = ActivityChart.of(perWeek);

		assertThat(chart.weeks()).isEqualTo(4);
		double slot = chart.bars().get(1).x() - chart.bars().get(0).x();
		assertThat(slot).isCloseTo(3 * (ActivityChart.WIDTH - ActivityChart.LEFT - 4) / 4.0,
				org.assertj.core.data.Offset.offset(0.2));
	}

}

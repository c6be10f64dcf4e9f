package io.signalroom.customer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import io.signalroom.customer.EventType;
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
		assertThat(bar.segments()).extracting(ActivityChart.Segment::cssClass)
			.containsExactly("dept-SALES", "dept-SUPPORT");
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

	@Test
	void theMostFrequentTypesGetColoursAndTheRestStackAsOtherTypes() {
		TreeMap<LocalDate, Map<EventType, Long>> perWeek = new TreeMap<>();
		Map<EventType, Long> week = new EnumMap<>(EventType.class);
		EventType[] types = EventType.values();
		for (int i = 0; i < 12; i++) {
			week.put(types[i], (long) (i + 1));
		}
		perWeek.put(LocalDate.of(2026, 1, 5), week);

		ActivityChart chart = ActivityChart.byType(perWeek);

		assertThat(chart.legend()).hasSize(ActivityChart.TYPE_COLOURS + 1);
		assertThat(chart.legend().get(0).messageKey()).isEqualTo(types[11].messageKey());
		assertThat(chart.legend().get(0).cssClass()).isEqualTo("type-0");
		ActivityChart.LegendItem other = chart.legend().get(ActivityChart.TYPE_COLOURS);
		assertThat(other.cssClass()).isEqualTo("type-other");
		assertThat(other.count()).isEqualTo(1 + 2 + 3 + 4);
		assertThat(chart.total()).isEqualTo(78);
	}

	@Test
	void theAxisShowsOnlyWholeNumbers() {
		TreeMap<LocalDate, Map<Department, Long>> perWeek = new TreeMap<>();
		perWeek.put(LocalDate.of(2026, 1, 5), Map.of(Department.SALES, 3L));
		assertThat(ActivityChart.of(perWeek).yTicks()).extracting(ActivityChart.Tick::label).containsExactly("0", "5");
		perWeek.put(LocalDate.of(2026, 1, 5), Map.of(Department.SALES, 9L));
		assertThat(ActivityChart.of(perWeek).yTicks()).extracting(ActivityChart.Tick::label)
			.containsExactly("0", "5", "10");
	}

}

package io.signalroom.customer.book;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import io.signalroom.workspace.Department;

/**
 * Events per week stacked by department, laid out in SVG user units so the template only
 * draws rectangles and text. Weeks without events keep their place on the axis.
 */
public record ActivityChart(int width, int height, List<Bar> bars, List<Series> series, List<Tick> yTicks,
		List<Tick> xLabels, List<LegendItem> legend, long total, int weeks, LocalDate firstWeek, LocalDate lastWeek) {

	static final int WIDTH = 960;

	static final int HEIGHT = 220;

	static final int LEFT = 44;

	static final int TOP = 10;

	static final int BOTTOM = 26;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

	/** Counts per week (a Monday) and department; a null department is "other". */
	static ActivityChart of(SortedMap<LocalDate, Map<Department, Long>> perWeek) {
		if (perWeek.isEmpty()) {
			return new ActivityChart(WIDTH, HEIGHT, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, null,
					null);
		}
		LocalDate first = perWeek.firstKey();
		LocalDate last = perWeek.lastKey();
		int weeks = (int) (ChronoUnit.WEEKS.between(first, last) + 1);
		long max = perWeek.values().stream().mapToLong(ActivityChart::sum).max().orElse(1);
		long top = niceCeiling(max);
		double plotWidth = WIDTH - LEFT - 4;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / weeks;
		double barWidth = (slot > 3) ? slot - 1 : slot;
		Map<Department, Long> totals = new EnumMap<>(Department.class);
		long other = 0;
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<LocalDate, Map<Department, Long>> week : perWeek.entrySet()) {
			int index = (int) ChronoUnit.WEEKS.between(first, week.getKey());
			double x = LEFT + index * slot;
			double y = TOP + plotHeight;
			List<Segment> segments = new ArrayList<>();
			for (Map.Entry<Department, Long> part : ordered(week.getValue())) {
				double h = part.getValue() * plotHeight / top;
				y -= h;
				String key = (part.getKey() != null) ? part.getKey().name() : "NONE";
				segments.add(new Segment(round(y), round(h), key, part.getValue()));
				if (part.getKey() != null) {
					totals.merge(part.getKey(), part.getValue(), Long::sum);
				}
				else {
					other += part.getValue();
				}
			}
			bars.add(new Bar(round(x), round(barWidth), week.getKey(), sum(week.getValue()), segments));
		}
		List<Tick> yTicks = List.of(new Tick(TOP + plotHeight, "0"), new Tick(TOP + plotHeight / 2, fmt(top / 2.0)),
				new Tick(TOP, Long.toString(top)));
		List<LegendItem> legend = new ArrayList<>();
		totals.forEach((d, n) -> legend.add(new LegendItem(d.name(), d.messageKey(), n)));
		if (other > 0) {
			legend.add(new LegendItem("NONE", "timeline.otherDepartment", other));
		}
		long total = legend.stream().mapToLong(LegendItem::count).sum();
		return new ActivityChart(WIDTH, HEIGHT, bars, series(bars), yTicks, monthLabels(first, weeks, slot), legend,
				total, weeks, first, last);
	}

	/**
	 * One SVG path per department drawing all its bar parts, so a long history stays a
	 * handful of elements rather than thousands.
	 */
	private static List<Series> series(List<Bar> bars) {
		Map<String, StringBuilder> paths = new java.util.LinkedHashMap<>();
		for (Bar bar : bars) {
			for (Segment s : bar.segments()) {
				paths.computeIfAbsent(s.department(), (d) -> new StringBuilder())
					.append('M')
					.append(bar.x())
					.append(',')
					.append(s.y())
					.append('h')
					.append(bar.width())
					.append('v')
					.append(s.height())
					.append('h')
					.append(-bar.width())
					.append('z');
			}
		}
		List<Series> series = new ArrayList<>();
		paths.forEach((department, path) -> series.add(new Series(department, path.toString())));
		return series;
	}

	/** A label at the first week of every month, thinned out to about a dozen. */
	private static List<Tick> monthLabels(LocalDate first, int weeks, double slot) {
		int months = Math.max(1, weeks / 4);
		int every = Math.max(1, (int) Math.ceil(months / 12.0));
		List<Tick> labels = new ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			LocalDate monday = first.plusWeeks(i);
			boolean startsMonth = i == 0 || monday.getMonthValue() != monday.minusWeeks(1).getMonthValue();
			if (startsMonth && (monday.getYear() * 12 + monday.getMonthValue()) % every == 0) {
				labels.add(new Tick(round(LEFT + i * slot), MONTH.format(monday)));
			}
		}
		return labels;
	}

	private static List<Map.Entry<Department, Long>> ordered(Map<Department, Long> counts) {
		List<Map.Entry<Department, Long>> entries = new ArrayList<>();
		for (Department d : Department.values()) {
			Long n = counts.get(d);
			if (n != null) {
				entries.add(Map.entry(d, n));
			}
		}
		counts.forEach((d, n) -> {
			if (d == null) {
				entries.add(new AbstractMap.SimpleEntry<>(null, n));
			}
		});
		return entries;
	}

	private static long sum(Map<Department, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** 1, 2, 5 times a power of ten, at least the value. */
	static long niceCeiling(long value) {
		long magnitude = 1;
		while (true) {
			for (long step : new long[] { 1, 2, 5 }) {
				if (step * magnitude >= value) {
					return step * magnitude;
				}
			}
			magnitude *= 10;
		}
	}

	private static String fmt(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public int plotBottom() {
		return HEIGHT - BOTTOM;
	}

	public int plotTop() {
		return TOP;
	}

	public int plotLeft() {
		return LEFT;
	}

	public int plotRight() {
		return WIDTH - 4;
	}

	/** One week's column. */
	public record Bar(double x, double width, LocalDate week, long total, List<Segment> segments) {

	}

	/**
	 * One department's part of a week's column; {@code department} names its CSS class.
	 */
	public record Segment(double y, double height, String department, long count) {

	}

	/** All bar parts of one department as one SVG path. */
	public record Series(String department, String path) {

	}

	public record Tick(double position, String label) {

	}

	public record LegendItem(String department, String messageKey, long count) {

	}

}

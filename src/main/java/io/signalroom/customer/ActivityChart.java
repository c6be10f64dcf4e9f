package io.signalroom.customer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import io.signalroom.workspace.Department;

/**
 * Events per week stacked by department or by event type, laid out in SVG user units so
 * the template only draws rectangles and text. Weeks without events keep their place on
 * the axis. Each stacked series carries the CSS class that colours it and the message key
 * that names it in the legend.
 */
public record ActivityChart(int width, int height, List<Bar> bars, List<Series> series, List<Tick> yTicks,
		List<Tick> xLabels, List<LegendItem> legend, long total, int weeks, LocalDate firstWeek, LocalDate lastWeek) {

	static final int WIDTH = 960;

	static final int HEIGHT = 220;

	static final int LEFT = 44;

	static final int TOP = 10;

	static final int BOTTOM = 26;

	/**
	 * Event types beyond the most frequent ones are stacked together as "other types".
	 */
	static final int TYPE_COLOURS = 8;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

	/** Counts per week (a Monday) and department; a null department is "other". */
	public static ActivityChart of(SortedMap<LocalDate, Map<Department, Long>> perWeek) {
		Map<Department, Key> keys = new HashMap<>();
		for (Department d : Department.values()) {
			keys.put(d, new Key("dept-" + d.name(), d.messageKey(), d.ordinal()));
		}
		Key none = new Key("dept-NONE", "timeline.otherDepartment", Integer.MAX_VALUE);
		return build(rekey(perWeek, (d) -> (d != null) ? keys.get(d) : none));
	}

	/**
	 * Counts per week and event type: the most frequent types (over the whole history)
	 * each get a colour, in order of frequency; the rest are "other types".
	 */
	public static ActivityChart byType(SortedMap<LocalDate, Map<EventType, Long>> perWeek) {
		Map<EventType, Long> totals = new EnumMap<>(EventType.class);
		perWeek.values().forEach((week) -> week.forEach((t, n) -> totals.merge(t, n, Long::sum)));
		List<EventType> ranked = totals.entrySet()
			.stream()
			.sorted(Map.Entry.<EventType, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
		boolean needsOther = ranked.size() > TYPE_COLOURS + 1;
		int coloured = needsOther ? TYPE_COLOURS : ranked.size();
		Map<EventType, Key> keys = new EnumMap<>(EventType.class);
		Key other = new Key("type-other", "timeline.otherTypes", Integer.MAX_VALUE);
		for (int i = 0; i < ranked.size(); i++) {
			EventType t = ranked.get(i);
			keys.put(t, (i < coloured) ? new Key("type-" + i, t.messageKey(), i) : other);
		}
		return build(rekey(perWeek, keys::get));
	}

	private static <T> SortedMap<LocalDate, Map<Key, Long>> rekey(SortedMap<LocalDate, Map<T, Long>> perWeek,
			Function<T, Key> key) {
		SortedMap<LocalDate, Map<Key, Long>> rekeyed = new TreeMap<>();
		perWeek.forEach((week, counts) -> {
			Map<Key, Long> byKey = new HashMap<>();
			counts.forEach((k, n) -> byKey.merge(key.apply(k), n, Long::sum));
			rekeyed.put(week, byKey);
		});
		return rekeyed;
	}

	private static ActivityChart build(SortedMap<LocalDate, Map<Key, Long>> perWeek) {
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
		Map<Key, Long> totals = new TreeMap<>(Comparator.comparingInt(Key::order));
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<LocalDate, Map<Key, Long>> week : perWeek.entrySet()) {
			int index = (int) ChronoUnit.WEEKS.between(first, week.getKey());
			double x = LEFT + index * slot;
			double y = TOP + plotHeight;
			List<Segment> segments = new ArrayList<>();
			List<Map.Entry<Key, Long>> parts = new ArrayList<>(week.getValue().entrySet());
			parts.sort(Comparator.comparingInt((Map.Entry<Key, Long> e) -> e.getKey().order()));
			for (Map.Entry<Key, Long> part : parts) {
				double h = part.getValue() * plotHeight / top;
				y -= h;
				segments.add(new Segment(round(y), round(h), part.getKey().cssClass(), part.getValue()));
				totals.merge(part.getKey(), part.getValue(), Long::sum);
			}
			bars.add(new Bar(round(x), round(barWidth), week.getKey(), sum(week.getValue()), segments));
		}
		List<LegendItem> legend = new ArrayList<>();
		totals.forEach((k, n) -> legend.add(new LegendItem(k.cssClass(), k.messageKey(), n)));
		long total = legend.stream().mapToLong(LegendItem::count).sum();
		return new ActivityChart(WIDTH, HEIGHT, bars, series(bars), yTicks(top, plotHeight),
				monthLabels(first, weeks, slot), legend, total, weeks, first, last);
	}

	/** Zero, the top and, when it is a whole number, the middle. */
	private static List<Tick> yTicks(long top, double plotHeight) {
		List<Tick> ticks = new ArrayList<>();
		ticks.add(new Tick(TOP + plotHeight, "0"));
		if (top % 2 == 0) {
			ticks.add(new Tick(TOP + plotHeight / 2, Long.toString(top / 2)));
		}
		ticks.add(new Tick(TOP, Long.toString(top)));
		return ticks;
	}

	/**
	 * One SVG path per series drawing all its bar parts, so a long history stays a
	 * handful of elements rather than thousands.
	 */
	private static List<Series> series(List<Bar> bars) {
		Map<String, StringBuilder> paths = new java.util.LinkedHashMap<>();
		for (Bar bar : bars) {
			for (Segment s : bar.segments()) {
				paths.computeIfAbsent(s.cssClass(), (d) -> new StringBuilder())
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
		paths.forEach((cssClass, path) -> series.add(new Series(cssClass, path.toString())));
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

	private static long sum(Map<Key, Long> counts) {
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

	/** One series' part of a week's column, coloured by its CSS class. */
	public record Segment(double y, double height, String cssClass, long count) {

	}

	/** All bar parts of one series as one SVG path. */
	public record Series(String cssClass, String path) {

	}

	public record Tick(double position, String label) {

	}

	public record LegendItem(String cssClass, String messageKey, long count) {

	}

	/**
	 * What a stacked series is: its colour class, its name and its place in the stack.
	 */
	record Key(String cssClass, String messageKey, int order) {

	}

}

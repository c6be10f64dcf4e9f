package io.signalroom.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory.ActionFigures;
import io.signalroom.insight.InsightStatus;
import io.signalroom.win.QuarterTotal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts as JSON for {@code static/js/dashboard.js}: one object per chart
 * with its type, labels and datasets, read from a data attribute because the
 * Content-Security-Policy allows no inline script. Labels come translated.
 */
@Component
class DashboardCharts {

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardCharts(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	Map<String, String> of(DashboardFigures f, Locale locale) {
		List<String> weeks = f.weeks().stream().map(LocalDate::toString).toList();
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("sessions", chart("bar", weeks, false, false,
				List.of(dataset(msg("dashboard.sessions.held", locale), f.sessionsPerWeek(), null))));
		List<Map<String, Object>> departments = new ArrayList<>();
		f.interpretationsByDepartment()
			.forEach((d, counts) -> departments.add(dataset(msg(d.messageKey(), locale), counts, null)));
		charts.put("participation", chart("bar", weeks, true, false, departments));
		List<String> categories = List.of(InsightCategory.values())
			.stream()
			.map((c) -> msg(c.messageKey(), locale))
			.toList();
		List<Map<String, Object>> statuses = new ArrayList<>();
		for (InsightStatus status : InsightStatus.values()) {
			statuses.add(dataset(msg(status.messageKey(), locale),
					List.of(InsightCategory.values()).stream().map((c) -> f.insightCount(c, status)).toList(), null));
		}
		charts.put("insights", chart("bar", categories, true, false, statuses));
		ActionFigures a = f.actions();
		charts.put("actions",
				chart("doughnut",
						List.of(msg("dashboard.actions.done", locale), msg("dashboard.actions.openOnTime", locale),
								msg("dashboard.actions.overdue", locale), msg("dashboard.actions.dropped", locale)),
						false, false, List.of(dataset(msg("dashboard.actions.title", locale),
								List.of(a.done(), a.open() - a.overdue(), a.overdue(), a.dropped()), null))));
		List<String> quarters = f.quarters().stream().map(QuarterTotal::label).toList();
		charts.put("wins",
				chart("bar", quarters, false, true,
						List.of(dataset(msg("dashboard.wins.count", locale),
								f.quarters().stream().map(QuarterTotal::count).toList(), "y"),
								dataset(msg("dashboard.wins.value", locale),
										f.quarters().stream().map(QuarterTotal::value).toList(), "y1"))));
		return charts;
	}

	private String chart(String type, List<String> labels, boolean stacked, boolean twoAxes,
			List<Map<String, Object>> datasets) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("stacked", stacked);
		chart.put("twoAxes", twoAxes);
		chart.put("datasets", datasets);
		return this.json.writeValueAsString(chart);
	}

	private static Map<String, Object> dataset(String label, List<?> data, String axis) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("data", data);
		if (axis != null) {
			dataset.put("yAxisID", axis);
		}
		return dataset;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}

package io.signalroom.dashboard;

import java.util.Locale;

import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice dashboard; managers and admins only (others get 403).
 */
@Controller
class DashboardController {

	static final String PAGE = "dashboard/dashboard";

	private final PracticeDashboard dashboard;

	private final DashboardCharts charts;

	DashboardController(PracticeDashboard dashboard, DashboardCharts charts) {
		this.dashboard = dashboard;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	String dashboard(CurrentMember me, Model model, Locale locale) {
		DashboardFigures figures = this.dashboard.figures(me);
		model.addAttribute("f", figures);
		model.addAttribute("charts", this.charts.of(figures, locale));
		return PAGE;
	}

}

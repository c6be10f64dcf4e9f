package io.signalroom.customer.book;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers list. One handler serves the whole page or, for htmx, just the results
 * (filters with counts, table, pages); an unreadable filter value is ignored.
 */
@Controller
class CustomerListController {

	static final String VIEW = "customer/list";

	static final String RESULTS_FRAGMENT = "customer/list :: results";

	private final CustomerSearch search;

	private final CustomerCatalog catalog;

	CustomerListController(CustomerSearch search, CustomerCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/customers")
	String list(CurrentMember me, @RequestParam Map<String, String> params, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		CustomerListQuery query = CustomerListQuery.from(params);
		model.addAttribute("query", query);
		model.addAttribute("result", this.search.search(me.workspaceId(), query,
				this.catalog.showsPseudonyms(me.workspaceId(), CustomerLens.workspace())));
		model.addAttribute("sorts", CustomerSort.values());
		// the same URL answers with a page or a fragment: caches must keep them apart
		response.addHeader("Vary", "HX-Request");
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? RESULTS_FRAGMENT : VIEW;
	}

}

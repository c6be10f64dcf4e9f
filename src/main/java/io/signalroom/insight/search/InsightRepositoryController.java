package io.signalroom.insight.search;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The insight repository: every member of the workspace searches its insights, narrows
 * them by facets and exports the result. One handler serves the page or, for htmx, the
 * results; the exports take the same parameters.
 */
@Controller
class InsightRepositoryController {

	static final String VIEW = "insight/search/search";

	static final String RESULTS_FRAGMENT = "insight/search/search :: results";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private final InsightSearch search;

	private final InsightExports exports;

	private final MessageSource messages;

	InsightRepositoryController(InsightSearch search, InsightExports exports, MessageSource messages) {
		this.search = search;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/insights")
	String search(CurrentMember me, @RequestParam Map<String, String> params, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		List<Notice> notices = new ArrayList<>();
		InsightQuery query = InsightQueryReader.read(params, notices);
		InsightResults result = this.search.search(me, query, notices);
		model.addAttribute("query", result.query());
		model.addAttribute("result", result);
		model.addAttribute("sorts", InsightSort.values());
		model.addAttribute("categories", InsightCategory.values());
		model.addAttribute("statuses", InsightStatus.values());
		// the same URL answers with a page or a fragment: caches must keep them apart
		response.addHeader("Vary", "HX-Request");
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? RESULTS_FRAGMENT : VIEW;
	}

	@GetMapping("/insights/export.csv")
	ResponseEntity<byte[]> csv(CurrentMember me, @RequestParam Map<String, String> params) {
		InsightExport export = export(me, params);
		StringWriter out = new StringWriter();
		InsightCsv.write(export, out);
		return file(out.toString(), CSV, export.filename("csv"), export.capped());
	}

	@GetMapping("/insights/export.md")
	ResponseEntity<byte[]> markdown(CurrentMember me, @RequestParam Map<String, String> params) {
		InsightExport export = export(me, params);
		StringWriter out = new StringWriter();
		new InsightMarkdown(this.messages, LocaleContextHolder.getLocale()).write(export, out);
		return file(out.toString(), MARKDOWN, export.filename("md"), export.capped());
	}

	private InsightExport export(CurrentMember me, Map<String, String> params) {
		return this.exports.export(me, InsightQueryReader.read(params, new ArrayList<>()));
	}

	private static ResponseEntity<byte[]> file(String content, MediaType type, String filename, boolean capped) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header("X-Export-Capped", String.valueOf(capped))
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}

package io.signalroom.insight.wrapup;

import java.util.Locale;

import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The wrap-up summary of an ended session: a print-friendly page and a Markdown download.
 * A session that has not ended yet gets a page (or text) saying so.
 */
@Controller
class SummaryController {

	static final String VIEW = "insight/wrapup/summary";

	static final String NOT_READY = "insight/wrapup/not-ready";

	static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

	private final SessionSummaries summaries;

	private final SummaryMarkdown markdown;

	private final MessageSource messages;

	SummaryController(SessionSummaries summaries, SummaryMarkdown markdown, MessageSource messages) {
		this.summaries = summaries;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/sessions/{id}/summary")
	String summary(CurrentMember me, @PathVariable long id, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("summary", this.summaries.of(me, id));
			model.addAttribute("utc", java.time.ZoneOffset.UTC);
			return VIEW;
		}
		catch (RuleViolation notEnded) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("sessionId", id);
			PageErrors.show(model, "not-ready", notEnded);
			return NOT_READY;
		}
	}

	@GetMapping("/sessions/{id}/summary.md")
	ResponseEntity<String> markdown(CurrentMember me, @PathVariable long id, Locale locale) {
		try {
			SessionSummary summary = this.summaries.of(me, id);
			return ResponseEntity.ok()
				.contentType(MARKDOWN)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("session-" + id + "-summary.md").build().toString())
				.body(this.markdown.write(summary, locale));
		}
		catch (RuleViolation notEnded) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
				.body(this.messages.getMessage(notEnded.messageKey(), notEnded.arguments(), locale));
		}
	}

}

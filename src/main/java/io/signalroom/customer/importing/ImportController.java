package io.signalroom.customer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.EventType;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload, mapping with preview, progress, report and decision.
 */
@Controller
class ImportController {

	static final String UPLOAD_VIEW = "customer/import/upload";

	static final String MAPPING_VIEW = "customer/import/mapping";

	static final String JOB_VIEW = "customer/import/job";

	static final String PROGRESS_FRAGMENT = "customer/import/job :: progress";

	private final Imports imports;

	private final ImportReports reports;

	private final SavedMappings savedMappings;

	private final ImportProgress progress;

	private final ImportFiles files;

	private final tools.jackson.databind.json.JsonMapper json;

	private final DataSize maxFileSize;

	ImportController(Imports imports, ImportReports reports, SavedMappings savedMappings, ImportProgress progress,
			ImportFiles files, tools.jackson.databind.json.JsonMapper json,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.imports = imports;
		this.reports = reports;
		this.savedMappings = savedMappings;
		this.progress = progress;
		this.files = files;
		this.json = json;
		this.maxFileSize = maxFileSize;
	}

	@ModelAttribute("maxBytes")
	long maxBytes() {
		return this.maxFileSize.toBytes();
	}

	@ModelAttribute("maxMegabytes")
	long maxMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

	@GetMapping("/imports")
	String uploadPage(CurrentMember me, Model model) {
		model.addAttribute("jobs", this.imports.recent(me));
		return UPLOAD_VIEW;
	}

	@PostMapping("/imports")
	String upload(CurrentMember me, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return uploadError(me, model, response, new RuleViolation("file", "import.error.empty"));
		}
		try (InputStream content = file.getInputStream()) {
			long id = this.imports.upload(me, file.getOriginalFilename(), content);
			return "redirect:/imports/" + id;
		}
		catch (RuleViolation violation) {
			return uploadError(me, model, response, violation);
		}
	}

	/** The upload form again, with the reason beside it and the recent jobs below. */
	private String uploadError(CurrentMember me, Model model, HttpServletResponse response, RuleViolation violation) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		PageErrors.show(model, "upload", violation);
		return uploadPage(me, model);
	}

	@GetMapping("/imports/{id}")
	String job(CurrentMember me, @PathVariable long id, @RequestParam(required = false) ImportTarget target,
			@RequestParam(required = false) Long saved, Model model, Locale locale) {
		ImportJob job = this.imports.job(me, id);
		model.addAttribute("job", job);
		if (job.status() != ImportStatus.UPLOADED) {
			return jobPage(job, model, locale);
		}
		if (job.needsEncoding()) {
			model.addAttribute("invalidLine", this.imports.invalidUtf8Line(job));
			return MAPPING_VIEW;
		}
		Imports.Sample sample = this.imports.sample(job, 100);
		ImportMapping mapping;
		if (saved != null) {
			mapping = this.savedMappings.find(me.workspaceId(), saved)
				.orElseThrow(() -> new NotFoundException("Saved mapping"))
				.over(sample.header());
		}
		else if (job.mapping() != null && (target == null || target == job.target())) {
			mapping = job.mapping();
		}
		else {
			ImportTarget holds = (target != null) ? target : MappingSuggestion.target(sample.header(), sample.rows());
			mapping = MappingSuggestion.suggest(holds, job.fileName(), sample.header(), sample.rows());
		}
		return mappingPage(me, job, ImportMappingForm.of(mapping), sample, model, locale);
	}

	private String mappingPage(CurrentMember me, ImportJob job, ImportMappingForm form, Imports.Sample sample,
			Model model, Locale locale) {
		ImportMapping mapping = form.toMapping();
		RowConverter converter = new RowConverter(mapping, this.json);
		List<PreviewRow> preview = new java.util.ArrayList<>();
		for (int i = 0; i < Math.min(10, sample.rows().size()); i++) {
			RowConverter.Converted row = converter.convert(i + 2, sample.rows().get(i));
			preview.add(new PreviewRow(row.rowNo(), java.util.Arrays.asList(row.values()),
					row.problems().stream().map((p) -> this.reports.describe(p, locale)).toList()));
		}
		model.addAttribute("job", job);
		model.addAttribute("mappingForm", form);
		model.addAttribute("raw", sample.rows().subList(0, Math.min(3, sample.rows().size())));
		model.addAttribute("preview", preview);
		model.addAttribute("previewColumns", RowConverter.columns(form.getTarget()));
		model.addAttribute("fields", ImportField.forTarget(form.getTarget()));
		model.addAttribute("datePatterns", DatePattern.values());
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("lookups", CustomerLookup.values());
		model.addAttribute("targets", ImportTarget.values());
		model.addAttribute("missing", mapping.missing());
		model.addAttribute("savedMappings", this.savedMappings.all(me.workspaceId()));
		return MAPPING_VIEW;
	}

	@PostMapping("/imports/{id}/encoding")
	String encoding(CurrentMember me, @PathVariable long id, @RequestParam String charset) {
		this.imports.chooseCharset(me, id, charset);
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/mapping")
	String map(CurrentMember me, @PathVariable long id, @ModelAttribute("mappingForm") ImportMappingForm form,
			@RequestParam(defaultValue = "preview") String action, Model model, HttpServletResponse response,
			Locale locale) {
		ImportJob job = this.imports.job(me, id);
		if ("validate".equals(action)) {
			ImportMapping mapping = form.toMapping();
			try {
				this.imports.map(job, mapping);
				if (form.getSaveAs() != null && !form.getSaveAs().isBlank()) {
					this.savedMappings.save(me.workspaceId(), form.getSaveAs().strip(), mapping);
				}
				this.imports.startValidation(me, id);
				return "redirect:/imports/" + id;
			}
			catch (RuleViolation violation) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				PageErrors.show(model, "mapping", violation);
			}
		}
		return mappingPage(me, job, form, this.imports.sample(job, 100), model, locale);
	}

	private String jobPage(ImportJob job, Model model, Locale locale) {
		model.addAttribute("percent", this.progress.percent(job));
		model.addAttribute("fileKept", this.files.kept(job));
		if (job.status() == ImportStatus.VALIDATED || job.status().finished()) {
			model.addAttribute("totals", this.reports.totals(job));
			model.addAttribute("problems", this.reports.lines(job, 200, locale));
			model.addAttribute("churnNote", this.reports.churnNote(job));
		}
		return JOB_VIEW;
	}

	/** The progress fragment polled while a job runs; a finished job reloads the page. */
	@GetMapping("/imports/{id}/progress")
	String progress(CurrentMember me, @PathVariable long id, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		ImportJob job = this.imports.job(me, id);
		if (!job.status().running() && htmx.isHtmxRequest()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		model.addAttribute("percent", this.progress.percent(job));
		return PROGRESS_FRAGMENT;
	}

	@PostMapping("/imports/{id}/import")
	String importValid(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.imports.startImport(me, id);
		return "redirect:/imports/" + id;
	}

	/** A failed job checks its kept file again. */
	@PostMapping("/imports/{id}/retry")
	String retry(CurrentMember me, @PathVariable long id) {
		this.imports.retry(me, id);
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/discard")
	String discard(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.imports.discard(me, id);
		redirect.addFlashAttribute("successKey", "import.discarded");
		return "redirect:/imports";
	}

	@GetMapping("/imports/{id}/rejected.csv")
	void rejected(CurrentMember me, @PathVariable long id, HttpServletResponse response, Locale locale)
			throws IOException {
		ImportJob job = this.imports.job(me, id);
		if (!this.files.kept(job)) {
			throw new NotFoundException("Rejected rows");
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejected-" + job.id() + ".csv\"");
		this.reports.writeRejected(job, response.getOutputStream(), locale);
	}

}

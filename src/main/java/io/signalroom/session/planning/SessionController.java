package io.signalroom.session.planning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.signalroom.session.LearningGoal;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.FacilitatorRotation;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.SessionCalendar;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sessions list, the new session form, and a session's calendar file.
 */
@Controller
class SessionController {

	static final String LIST = "session/list";

	static final String NEW = "session/new";

	private final SessionPlanning planning;

	private final FacilitatorRotation rotation;

	private final MessageSource messages;

	private final Clock clock;

	SessionController(SessionPlanning planning, FacilitatorRotation rotation, MessageSource messages, Clock clock) {
		this.planning = planning;
		this.rotation = rotation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/sessions")
	String list(CurrentMember me, Model model) {
		model.addAttribute("lists", this.planning.list(me));
		model.addAttribute("members", this.planning.members(me.workspaceId()));
		return LIST;
	}

	@GetMapping("/sessions/new")
	String newSession(CurrentMember me, Model model) {
		SessionPlanning.requirePlannerOf(me);
		if (!model.containsAttribute("form")) {
			Long suggested = this.rotation.suggest(me.workspaceId()).map(WorkspaceMember::userId).orElse(null);
			LocalDateTime nextHour = LocalDateTime.now(this.clock.withZone(ZoneOffset.UTC))
				.plusDays(1)
				.truncatedTo(ChronoUnit.HOURS);
			model.addAttribute("form", NewSessionForm.suggested(suggested, nextHour));
		}
		model.addAttribute("turns", this.rotation.order(me.workspaceId()));
		model.addAttribute("members", this.planning.members(me.workspaceId()).values());
		model.addAttribute("templates", AgendaTemplate.values());
		model.addAttribute("goals", LearningGoal.values());
		model.addAttribute("cadences", Cadence.values());
		return NEW;
	}

	@PostMapping("/sessions")
	String create(CurrentMember me, @Valid @ModelAttribute("form") NewSessionForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SessionPlanning.requirePlannerOf(me);
		if (!result.hasErrors()) {
			try {
				var members = this.planning.members(me.workspaceId());
				List<Participant> people = form.participants()
					.stream()
					.filter(members::containsKey)
					.map((id) -> new Participant(id, members.get(id).department()))
					.toList();
				if (people.size() != form.participants().size()) {
					throw new RuleViolation("participantIds", "session.notAMember");
				}
				int minutes = (form.durationMinutes() != null) ? form.durationMinutes()
						: form.template().defaultDuration();
				PracticeSession session = this.planning.create(me, new SessionPlan(form.focus(), form.objective(),
						form.learningGoal(), form.template(), form.facilitatorId(), minutes, people),
						form.startInstant(), form.cadence());
				redirect.addFlashAttribute("successKey",
						form.cadence().isSeries() ? "session.createdSeries" : "session.created");
				return "redirect:/sessions/" + session.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return newSession(me, model);
	}

	@GetMapping("/sessions/{id}/calendar.ics")
	ResponseEntity<byte[]> calendar(CurrentMember me, @PathVariable long id, HttpServletRequest request) {
		PracticeSession session = this.planning.get(me, id);
		var locale = request.getLocale();
		String summary = this.messages.getMessage("session.ics.summary", new Object[] { session.getFocus() }, locale);
		String joinLine = this.messages.getMessage("session.ics.joinCode", new Object[] { session.getJoinCode() },
				locale);
		String description = (session.getObjective() != null) ? session.getObjective() + "\n\n" + joinLine : joinLine;
		String ics = SessionCalendar.ics(session, summary, description, request.getServerName());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/sessions/{id}/details")
	String details(CurrentMember me, @PathVariable long id, @Valid DetailsForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.planning.get(me, id);
		SessionPlanning.requirePlannerOf(me);
		if (result.hasErrors()) {
			var error = result.getFieldErrors().get(0);
			PageErrors.flash(redirect, "session.details.invalid." + error.getField());
			return "redirect:/sessions/" + id;
		}
		this.planning.describe(me, id, form.focus(), form.objective(), form.learningGoal(),
				form.start().toInstant(ZoneOffset.UTC), form.durationMinutes());
		redirect.addFlashAttribute("successKey", "session.details.saved");
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/anonymize")
	String anonymize(CurrentMember me, @PathVariable long id, @RequestParam(defaultValue = "false") boolean on,
			RedirectAttributes redirect) {
		this.planning.anonymizeCustomers(me, id, on);
		redirect.addFlashAttribute("successKey", on ? "session.anonymized" : "session.deanonymized");
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.planning.cancel(me, id);
		redirect.addFlashAttribute("successKey", "session.cancelledNotice");
		return "redirect:/sessions/" + id;
	}

}

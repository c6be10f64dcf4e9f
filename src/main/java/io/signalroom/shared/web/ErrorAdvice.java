package io.signalroom.shared.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.signalroom.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one error path of every controller. A broken rule of the domain
 * ({@link RuleViolation}) answers 422 with its message: on {@code /api/**} as an RFC 9457
 * problem, to htmx as the page's message area ({@code #flash}, retargeted), to a form
 * post as the page it came from with the message on top, otherwise as a page of its own.
 * An unknown id ({@link NotFoundException}, or a path variable of the wrong type such as
 * {@code /customers/abc}) answers 404 alike.
 * <p>
 * So a controller just lets a {@code RuleViolation} pass. It catches one only to show the
 * message beside the user's input ({@link FormErrors}) or inside the fragment it
 * re-renders ({@link PageErrors} with a place).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

	static final String RULE_PAGE = "error/422";

	static final String NOT_FOUND_PAGE = "error/404";

	static final String MESSAGE_FRAGMENT = "fragments/flash :: flash";

	/** Where the 422 page shows the message: in its body, not again at the top. */
	static final String PAGE = "page";

	private final Problems problems;

	private final ObjectProvider<LayoutModel> layout;

	// built here rather than injected, so web slices (which load every advice) need no
	// more than a MessageSource
	ErrorAdvice(MessageSource messages, ObjectProvider<LayoutModel> layout) {
		this.problems = new Problems(messages);
		this.layout = layout;
	}

	// each handler answers a problem, a view or a redirect, as the request asks
	@ExceptionHandler
	Object ruleBroken(RuleViolation violation, HtmxRequest htmx, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (isApi(request)) {
			return problem(this.problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, Problems.RULE_BROKEN,
					"api.problem.ruleBroken", violation.messageKey(), violation.arguments()));
		}
		if (htmx.isHtmxRequest()) {
			response.setHeader(HtmxResponseHeader.HX_RETARGET.getValue(), "#flash");
			response.setHeader(HtmxResponseHeader.HX_RESWAP.getValue(),
					HtmxReswap.outerHtml().show(HtmxReswap.Position.TOP).toHeaderValue());
			ExtendedModelMap model = new ExtendedModelMap();
			PageErrors.show(model, violation);
			return new ModelAndView(MESSAGE_FRAGMENT, model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String cameFrom = FormOrigin.of(request);
		if (cameFrom != null) {
			PageErrors.flash(redirect, violation.messageKey(), violation.arguments());
			return FormOrigin.back(cameFrom);
		}
		ExtendedModelMap model = layoutModel(request);
		PageErrors.show(model, PAGE, violation);
		return new ModelAndView(RULE_PAGE, model, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@ExceptionHandler
	Object unknownId(NotFoundException notFound, HttpServletRequest request) {
		return notFound(request);
	}

	/**
	 * A path variable that cannot be an id names nothing: 404, like an unknown id. Any
	 * other parameter of the wrong type keeps Spring's 400.
	 */
	@ExceptionHandler
	Object wrongType(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request)
			throws MethodArgumentTypeMismatchException {
		if (!mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			throw mismatch; // the same exception: the next resolver answers it
		}
		return notFound(request);
	}

	private Object notFound(HttpServletRequest request) {
		if (isApi(request)) {
			return problem(this.problems.problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "api.problem.notFound",
					"api.problem.notFoundDetail"));
		}
		return new ModelAndView(NOT_FOUND_PAGE, layoutModel(request), HttpStatus.NOT_FOUND);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ExtendedModelMap layoutModel(HttpServletRequest request) {
		ExtendedModelMap model = new ExtendedModelMap();
		this.layout.ifAvailable((layout) -> layout.addTo(model, request));
		return model;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}

package io.signalroom.shared.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxHandlerMethodArgumentResolver;
import io.signalroom.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * How the one error path answers each kind of request, for controllers that simply let a
 * {@link RuleViolation} or {@link NotFoundException} pass. The rendered pages are checked
 * by the modules' integration tests.
 */
class ErrorAdviceTests {

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("thing.closed", Locale.getDefault(), "Thing {0} is closed.");
		messages.addMessage("api.problem.ruleBroken", Locale.getDefault(), "Refused");
		messages.addMessage("api.problem.notFound", Locale.getDefault(), "Not found");
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("layout", (LayoutModel) (Model model, jakarta.servlet.http.HttpServletRequest request) -> model
			.addAttribute("signedIn", true));
		this.mvc = MockMvcBuilders.standaloneSetup(new ThingController())
			.setControllerAdvice(new ErrorAdvice(messages, beans.getBeanProvider(LayoutModel.class)))
			.setCustomArgumentResolvers(new HtmxHandlerMethodArgumentResolver())
			.build();
	}

	@Test
	void aBrokenRuleOnTheApiIsAProblemWithItsMessage() throws Exception {
		this.mvc.perform(post("/api/things/7/close"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:signalroom:problem:rule-broken"))
			.andExpect(jsonPath("$.title").value("Refused"))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.detail").value("Thing 7 is closed."));
	}

	@Test
	void anUnknownIdOnTheApiIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/things/8"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:signalroom:problem:not-found"));
		this.mvc.perform(get("/api/things/abc"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:signalroom:problem:not-found"));
	}

	@Test
	void aBrokenRuleOnAnHtmxRequestSwapsTheMessageIntoThePagesMessageArea() throws Exception {
		this.mvc.perform(post("/things/7/close").header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ErrorAdvice.MESSAGE_FRAGMENT))
			.andExpect(header().string("HX-Retarget", "#flash"))
			.andExpect(header().string("HX-Reswap", "outerHTML show:top"))
			.andExpect(model().attribute(PageErrors.KEY, "thing.closed"))
			.andExpect(model().attribute(PageErrors.ARGUMENTS, arrayContaining((Object) 7L)))
			.andExpect(model().attribute(PageErrors.PLACE, nullValue()));
	}

	@Test
	void aFormPostBreakingARuleGoesBackToItsPageWithTheMessage() throws Exception {
		this.mvc.perform(post("/things/7/close").header("Referer", "http://localhost/things?show=open"))
			.andExpect(redirectedUrl("/things?show=open"))
			.andExpect(flash().attribute(PageErrors.KEY, "thing.closed"))
			.andExpect(flash().attribute(PageErrors.ARGUMENTS, arrayContaining((Object) 7L)));
	}

	@Test
	void theWayBackKeepsTheAddressAsItIs() throws Exception {
		this.mvc.perform(post("/things/7/close").header("Referer", "http://localhost/things?q=%7Bid%7D&tag={id}"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/things?q=%7Bid%7D&tag={id}"));
	}

	@Test
	void aBrokenRuleWithoutAPageOfThisApplicationToGoBackToGetsTheRulePage() throws Exception {
		this.mvc.perform(post("/things/7/close").header("Referer", "https://elsewhere.example/things"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ErrorAdvice.RULE_PAGE))
			.andExpect(model().attribute(PageErrors.KEY, "thing.closed"))
			.andExpect(model().attribute(PageErrors.PLACE, ErrorAdvice.PAGE))
			.andExpect(model().attribute("signedIn", true));
		this.mvc.perform(post("/things/7/close").header("Referer", "http://localhost/\\elsewhere.example/things"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ErrorAdvice.RULE_PAGE));
		this.mvc.perform(post("/things/7/close").header("Referer", "not a :// uri"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/things/7/close"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ErrorAdvice.RULE_PAGE));
	}

	@Test
	void aPageThatBreaksARuleOnGetIsNotReloadedButExplained() throws Exception {
		this.mvc.perform(get("/things/7/report").header("Referer", "http://localhost/things/7/report"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ErrorAdvice.RULE_PAGE));
	}

	@Test
	void anUnknownOrMalformedIdGetsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/things/8"))
			.andExpect(status().isNotFound())
			.andExpect(view().name(ErrorAdvice.NOT_FOUND_PAGE))
			.andExpect(model().attribute("signedIn", true));
		this.mvc.perform(get("/things/abc"))
			.andExpect(status().isNotFound())
			.andExpect(view().name(ErrorAdvice.NOT_FOUND_PAGE));
	}

	@Test
	void aMalformedRequestParameterStaysABadRequest() throws Exception {
		this.mvc.perform(get("/things").param("page", "abc")).andExpect(status().isBadRequest());
	}

	@RestController
	static class ThingController {

		@GetMapping({ "/things/{id}", "/api/things/{id}" })
		String show(@PathVariable long id) {
			throw new NotFoundException("Thing");
		}

		@PostMapping({ "/things/{id}/close", "/api/things/{id}/close" })
		String close(@PathVariable long id) {
			throw new RuleViolation(null, "thing.closed", id);
		}

		@GetMapping("/things/{id}/report")
		String report(@PathVariable long id) {
			throw new RuleViolation(null, "thing.closed", id);
		}

		@GetMapping("/things")
		String list(@RequestParam int page) {
			return "page " + page;
		}

	}

}

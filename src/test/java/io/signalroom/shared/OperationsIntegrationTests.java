package io.signalroom.shared;

import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void readinessIncludesTheDatabaseAndIsUp() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void pagesCarryAContentSecurityPolicyThatAllowsOnlyThisOrigin() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void postingWithoutACsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/login").param("email", "x@example.com").param("password", "whatever-long"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordShowsTheFormAgainWith401() throws Exception {
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "nobody@example.com").param("password", "wrong-password"))
			.andExpect(status().isUnauthorized())
			.andExpect(forwardedUrl("/login/failed"));
	}

}

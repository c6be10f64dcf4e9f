package io.signalroom.customer.ingest;

import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiAuthenticationIntegrationTests {

	private static final String BATCH = "[{\"externalId\": \"auth-1\", \"name\": \"Acme\"}]";

	@Autowired
	MockMvc mvc;

	@Test
	void aMissingTokenIsRefusedWith401ProblemNotALoginRedirect() throws Exception {
		this.mvc.perform(post("/api/v1/customers").contentType(MediaType.APPLICATION_JSON).content(BATCH))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.type").value(ApiProblems.UNAUTHORIZED.toString()))
			.andExpect(jsonPath("$.detail", containsString("Authorization: Bearer")));
	}

	@Test
	void anUnknownTokenIsRefusedWith401Problem() throws Exception {
		this.mvc
			.perform(post("/api/v1/events").header("Authorization", "Bearer sr_not-a-real-token")
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
			.andExpect(jsonPath("$.detail", containsString("not known")));
	}

	@Test
	void anotherAuthorizationSchemeIsRefusedWith401Problem() throws Exception {
		this.mvc
			.perform(post("/api/v1/customers").header("Authorization", "Basic YWRtaW46YWRtaW4=")
				.contentType(MediaType.APPLICATION_JSON)
				.content(BATCH))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Bearer scheme")));
	}

}

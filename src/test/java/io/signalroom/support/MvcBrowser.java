package io.signalroom.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * One person's browser over MockMvc (headless Chromium is
 * {@code browser.support.Browser}): keeps the cookies the app sets, so requests share a
 * real (database-stored) HTTP session the way they do for a person.
 */
public final class MvcBrowser {

	private static final String SESSION_COOKIE = "SESSION";

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public MvcBrowser(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		ResultActions actions = this.mvc.perform(request);
		for (Cookie cookie : actions.andReturn().getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return actions;
	}

	public ResultActions submitLogin(String email, String password) throws Exception {
		return perform(post("/login").with(csrf()).param("email", email).param("password", password));
	}

	/** Signs in and fails the test unless the app lets them in. */
	public MvcBrowser signIn(String email, String password) throws Exception {
		submitLogin(email, password).andExpect(redirectedUrl("/"));
		return this;
	}

	/** The id of the HTTP session this browser is in, or null before it has one. */
	public String sessionId() {
		Cookie session = this.cookies.get(SESSION_COOKIE);
		return (session != null) ? new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8)
				: null;
	}

}

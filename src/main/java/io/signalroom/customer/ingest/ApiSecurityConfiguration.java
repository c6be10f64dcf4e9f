package io.signalroom.customer.ingest;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The ingest API's own filter chain, consulted before the form-login one: stateless,
 * bearer tokens only, no CSRF (no cookies are read, so there is nothing to forge), and
 * every refusal as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	ApiProblems apiProblems(MessageSource messages) {
		return new ApiProblems(messages);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
			ApiProblems problems, JsonMapper json) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems, json);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(ApiClient.AUTHORITY))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied(problems, json)))
			.addFilterBefore(new BearerTokenFilter(authenticator, entryPoint), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RequestSizeGuard(problems, json), AuthorizationFilter.class);
		return http.build();
	}

	private static AccessDeniedHandler accessDenied(ApiProblems problems, JsonMapper json) {
		return (request, response, exception) -> ApiProblems.write(problems.problem(HttpStatus.FORBIDDEN,
				ApiProblems.FORBIDDEN, "api.problem.forbidden", "api.problem.forbiddenDetail"), request, response,
				json);
	}

}

package io.signalroom.workspace.security;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import io.signalroom.workspace.membership.CurrentMembers;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form login against hashed passwords, CSRF on every form, a Content-Security-Policy that
 * allows only this origin's scripts and styles, and URL rules by workspace role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			CurrentMembers currentMembers) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				// the request that started async processing (a live event stream) was
				// authorized; its completion dispatch carries no role
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/login", "/login/failed", "/signup", "/invites/*", "/error", "/webjars/**", "/css/**",
						"/js/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/members/**", "/imports/**", "/settings/**")
				.hasRole("ADMIN")
				.requestMatchers("/", "/workspaces/**", "/profile/**", "/invites/*/join")
				.authenticated()
				.anyRequest()
				.hasRole("PARTICIPANT"))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(new LoginFailureHandler()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(htmxEntryPoint(),
					(request) -> HtmxRequest.fromRequest(request).isHtmxRequest()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(new CurrentMemberFilter(currentMembers), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * An htmx request whose session has ended reloads the whole page onto the login form.
	 */
	private static AuthenticationEntryPoint htmxEntryPoint() {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (!HtmxRequest.fromRequest(request).isHtmxRequest()) {
				login.commence(request, response, exception);
				return;
			}
			response.setHeader(HtmxResponseHeader.HX_REDIRECT.getValue(), request.getContextPath() + "/login");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		};
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("MANAGER", "FACILITATOR")
			.role("MANAGER")
			.implies("PARTICIPANT")
			.role("FACILITATOR")
			.implies("PARTICIPANT")
			.build();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentMemberArguments());
	}

}

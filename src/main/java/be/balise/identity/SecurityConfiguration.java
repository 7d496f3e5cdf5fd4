package be.balise.identity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Sign-in, sessions, CSRF, security headers, and the authorization table assembled from every module's
 * {@link RouteRules}. Anything the table does not name is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	AuthorizationTable authorizationTable(List<RouteRules> modules) {
		return new AuthorizationTable(modules.stream().flatMap(module -> module.rules().stream()).toList());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthorizationTable table, AccountSessions sessions,
			IdentityProperties properties, Clock clock) throws Exception {
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/error").permitAll();
			table.rules().stream()
					.sorted(Comparator.comparing(RouteRule::pattern).reversed())
					.forEach(rule -> permit(auth, rule));
			auth.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailures())
				.permitAll());
		// Signing out anywhere signs the account out everywhere (SECURITY.md S5).
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, auth) -> {
					if (auth != null) {
						sessions.endAll(auth.getName());
					}
				}));
		// A new session at sign-in, so that its creation time is the time of sign-in for the absolute timeout.
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
		http.addFilterBefore(new SessionAgeFilter(clock, properties.absoluteSessionTimeout()), CsrfFilter.class);
		http.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
						.requestMatcher(AnyRequestMatcher.INSTANCE))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			RouteRule rule) {
		var matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
		var line = auth.requestMatchers(matcher);
		if (rule.open()) {
			line.permitAll();
		} else if (rule.roles().isEmpty()) {
			line.authenticated();
		} else {
			line.hasAnyAuthority(rule.roles().stream().map(Role::authority).toArray(String[]::new));
		}
	}

	/** Argon2id with OWASP's parameters; older hashes (bcrypt, weaker Argon2) are upgraded at sign-in. */
	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
		var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
		return new NormalizingPasswordEncoder(encoder);
	}

	/**
	 * Password first, account state after: the state checks run once the password matched, and the upgraded
	 * hash is stored through {@link AccountDetailsService}.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(accounts);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusChecks());
		return provider;
	}

	/** The assembled table, exposed so that tests can list it against the handler mappings. */
	record AuthorizationTable(List<RouteRule> rules) {

		boolean declares(HttpMethod method, String pattern) {
			return rules.stream().anyMatch(rule -> rule.method().equals(method) && rule.pattern().equals(pattern));
		}
	}
}

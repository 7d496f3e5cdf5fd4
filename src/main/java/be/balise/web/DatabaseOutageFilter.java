package be.balise.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sessions live in the database, so an outage can fail a request before it reaches a controller.
 * This filter stands in front of everything and answers a fast 503 page that needs no database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseOutage(TemplateEngine templates, MessageSource messages,
			LocaleResolver locales) {
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				} catch (ServletException | RuntimeException failure) {
					if (!ErrorReference.isDatabaseOutage(failure) || response.isCommitted()) {
						throw failure;
					}
					String reference = ErrorReference.next();
					log.warn("Database unavailable, reference {}: {}", reference, failure.getClass().getSimpleName());
					var ctx = new PageContext(messages, locales.resolveLocale(request), null, null, request.getRequestURI());
					var output = new StringOutput();
					templates.render("web/unavailable.jte", java.util.Map.of("ctx", ctx, "reference", reference), output);
					response.resetBuffer();
					response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					response.setHeader("Retry-After", "30");
					response.setHeader("Cache-Control", "no-store");
					response.setContentType("text/html;charset=UTF-8");
					response.getWriter().write(output.toString());
				}
			}
		};
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}
}

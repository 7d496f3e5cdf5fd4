package be.balise.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute timeout: a signed-in session ends a fixed time after sign-in, however active it is. Sign-in
 * creates a new session (session fixation protection by migration), so the session's creation time is the
 * time of sign-in.
 */
final class SessionAgeFilter extends OncePerRequestFilter {

	private final Clock clock;
	private final Duration maximumAge;

	SessionAgeFilter(Clock clock, Duration maximumAge) {
		this.clock = clock;
		this.maximumAge = maximumAge;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && signedIn(session) && tooOld(session)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect("/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean signedIn(HttpSession session) {
		return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

	private boolean tooOld(HttpSession session) {
		return clock.instant().isAfter(Instant.ofEpochMilli(session.getCreationTime()).plus(maximumAge));
	}
}

package be.balise.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page with the reason a person who gave the right password may be told. */
final class LoginFailures implements AuthenticationFailureHandler {

	private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String target = "/login?error";
		if (failure instanceof AccountStatusChecks.AccountNotConfirmedException) {
			target = "/login?unconfirmed";
		} else if (failure instanceof DisabledException) {
			target = "/login?disabled";
		}
		redirect.sendRedirect(request, response, target);
	}
}

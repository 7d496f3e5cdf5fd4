package be.balise.web;

import jakarta.servlet.http.HttpServletRequest;
import be.balise.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page its {@link PageContext}. */
@ControllerAdvice
class GlobalModel {

	private final MessageSource messages;

	GlobalModel(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request) {
		return contextFor(messages, request);
	}

	static PageContext contextFor(MessageSource messages, HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = auth != null && auth.getPrincipal() instanceof CurrentUser current ? current : null;
		var flash = RequestContextUtils.getInputFlashMap(request);
		return new PageContext(messages, RequestContextUtils.getLocale(request), csrf, user, request.getRequestURI(),
				flash == null ? null : (String) flash.get("flash"), flash == null ? null : (String) flash.get("problem"));
	}
}

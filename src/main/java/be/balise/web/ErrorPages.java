package be.balise.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error ends here: a page in the reader's language with a reference number, never a stack trace.
 * The details go to the log under that number.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// without a status the page was opened directly, not reached through a failure
		int status = code instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
		if (failure != null && ErrorReference.isDatabaseOutage(failure)) {
			status = HttpStatus.SERVICE_UNAVAILABLE.value();
		}
		String reference = ErrorReference.next();
		if (status >= 500) {
			log.error("Error reference {} on {} {}", reference, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("reference", reference);
		return "web/error";
	}
}

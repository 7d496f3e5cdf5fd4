package be.balise.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: a POST, since it changes a stored preference, then back to the same page. */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	LanguageController(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@PostMapping("/language")
	String change(@RequestParam String lang, @RequestParam(defaultValue = "/") String back, HttpServletRequest request,
			HttpServletResponse response) {
		localeResolver.setLocale(request, response, Languages.supported(Locale.forLanguageTag(lang)));
		return "redirect:" + localPath(back);
	}

	/** Only paths of this site, so the switch cannot send anyone elsewhere. */
	static String localPath(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
			return "/";
		}
		return back;
	}
}

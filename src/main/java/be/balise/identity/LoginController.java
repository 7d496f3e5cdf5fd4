package be.balise.identity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with the note that brought the person here (a failed attempt, a confirmed address...). */
@Controller
class LoginController {

	/** Query parameter, alert kind and message key, in order of precedence. */
	private static final List<String[]> NOTICES = List.of(
			new String[] {"error", "error", "identity.login.failed"},
			new String[] {"unconfirmed", "warning", "identity.login.unconfirmed"},
			new String[] {"disabled", "error", "identity.login.disabled"},
			new String[] {"expired", "info", "identity.login.expired"},
			new String[] {"logout", "info", "identity.login.signedOut"},
			new String[] {"confirmed", "success", "identity.login.confirmed"},
			new String[] {"invited", "success", "identity.login.invited"},
			new String[] {"reset", "success", "identity.login.passwordReset"},
			new String[] {"emailChanged", "success", "identity.login.emailChanged"});

	@GetMapping("/login")
	String login(@RequestParam Map<String, String> params, Model model) {
		NOTICES.stream().filter(notice -> params.containsKey(notice[0])).findFirst().ifPresent(notice -> {
			model.addAttribute("noticeKind", notice[1]);
			model.addAttribute("notice", notice[2]);
		});
		return "identity/login";
	}
}

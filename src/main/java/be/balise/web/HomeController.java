package be.balise.web;

import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: a welcome for visitors, the home page of their role for people who signed in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user) {
		if (user == null) {
			return "web/welcome";
		}
		return "redirect:" + user.primaryRole().homePath();
	}
}

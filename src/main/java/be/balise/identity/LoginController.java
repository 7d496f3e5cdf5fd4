package be.balise.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
		model.addAttribute("error", error == null ? null : "failed");
		model.addAttribute("logout", logout == null ? null : "done");
		return "identity/login";
	}
}

package be.balise.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The platform admin's list of accounts: search by name or address, page through, disable and enable. */
@Controller
class AccountAdminController {

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		AccountPage found = accounts.search(q, page - 1);
		model.addAttribute("query", q);
		model.addAttribute("accounts", found.accounts());
		model.addAttribute("page", found.page() + 1);
		model.addAttribute("lastPage", found.lastPage() + 1);
		model.addAttribute("total", found.total());
		return "identity/admin-accounts";
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable("id") AccountId id,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			RedirectAttributes redirect) {
		if (id.equals(admin.id())) {
			redirect.addFlashAttribute("notice", "identity.admin.accounts.notYourself");
		} else {
			accounts.disable(id);
			redirect.addFlashAttribute("notice", "identity.admin.accounts.disabled");
		}
		return "redirect:" + back(q, page);
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable("id") AccountId id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, RedirectAttributes redirect) {
		accounts.enable(id);
		redirect.addFlashAttribute("notice", "identity.admin.accounts.enabled");
		return "redirect:" + back(q, page);
	}

	private static String back(String query, int page) {
		return UriComponentsBuilder.fromPath("/admin/accounts").queryParam("q", query).queryParam("page", page)
				.build().encode().toUriString();
	}
}

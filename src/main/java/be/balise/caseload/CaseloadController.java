package be.balise.caseload;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanState;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counsellor's home: their bilans from the caseload read model, filtered, sorted and paginated. One statement
 * reads the page and its total, one more the workers' names. The platform admin can rebuild the read model.
 */
@Controller
class CaseloadController {

	static final int PAGE_SIZE = 25;

	private final CaseloadEntries entries;
	private final CaseloadProjection projection;
	private final AccountService accounts;

	CaseloadController(CaseloadEntries entries, CaseloadProjection projection, AccountService accounts) {
		this.entries = entries;
		this.projection = projection;
		this.accounts = accounts;
	}

	@GetMapping("/counsellor")
	String caseload(@AuthenticationPrincipal CurrentUser counsellor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean ended, @RequestParam(defaultValue = "UPDATED") CaseloadSort sort,
			@RequestParam(required = false) BilanState state, @RequestParam(required = false) CaseloadAlert alert,
			Model model) {
		int number = Math.max(page, 0);
		var result = entries.page(counsellor.id().value(), ended, state, alert, sort, number, PAGE_SIZE, projection.now());
		Set<UUID> workers = new HashSet<>();
		result.rows().forEach(row -> workers.add(row.workerId()));
		model.addAttribute("page", new CaseloadPage(result.rows(), result.total(), number, PAGE_SIZE, ended, sort, state, alert));
		model.addAttribute("names", workers.isEmpty() ? java.util.Map.of() : accounts.displayNames(workers));
		return "caseload/caseload";
	}

	@PostMapping("/admin/caseload/rebuild")
	String rebuild(RedirectAttributes redirect) {
		projection.rebuild();
		redirect.addFlashAttribute("flash", "caseload.rebuilt");
		return "redirect:/admin";
	}
}

package be.balise.assessment;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.CurrentUser;
import be.balise.scheme.Schemes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The fund officer follows the bilans of the fund's schemes: administration only (states, dates, parties). */
@Controller
class FundBilanController {

	static final int PAGE_SIZE = 25;

	private final BilanLists lists;
	private final BilanViews views;
	private final AssessmentAccess access;
	private final Schemes schemes;

	FundBilanController(BilanLists lists, BilanViews views, AssessmentAccess access, Schemes schemes) {
		this.lists = lists;
		this.views = views;
		this.access = access;
		this.schemes = schemes;
	}

	@GetMapping("/fund/bilans")
	String list(@AuthenticationPrincipal CurrentUser officer, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) BilanState state, @RequestParam(defaultValue = "UPDATED") BilanSort sort,
			Model model) {
		var result = lists.ofSchemes(schemesOf(officer), state, sort, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("page", result);
		model.addAttribute("sort", sort);
		model.addAttribute("state", state);
		model.addAttribute("names", views.namesFor(result.rows()));
		model.addAttribute("titleKey", "assessment.fund.title");
		model.addAttribute("basePath", "/fund/bilans");
		return "assessment/scoped-bilans";
	}

	@GetMapping("/fund/bilans/{id}")
	String show(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model, Locale locale) {
		BilanView view = views.view(officer, new BilanId(id), locale);
		if (!schemesOf(officer).contains(view.bilan().schemeId())) {
			throw new BilanNotFound();
		}
		model.addAttribute("view", view);
		model.addAttribute("listKey", "assessment.fund.title");
		model.addAttribute("listPath", "/fund/bilans");
		return "assessment/administration-bilan";
	}

	private Set<UUID> schemesOf(CurrentUser officer) {
		return access.fundsOf(officer).stream().flatMap(fund -> schemes.versionIdsOfFund(fund).stream())
				.collect(Collectors.toSet());
	}
}

package be.balise.instruments;

import java.util.List;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator admin's questionnaire builder: a list with a form to start one, and a page per questionnaire to write
 * its texts, scales and items and to publish it for the operator's counsellors.
 */
@Controller
class QuestionnaireController {

	private static final String BASE = "/operator/questionnaires";
	private static final int MAX_TEXT = 1000;

	private final QuestionnaireService questionnaires;

	QuestionnaireController(QuestionnaireService questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("operators", questionnaires.operators(admin));
		model.addAttribute("questionnaires", questionnaires.list(admin));
		return "instruments/questionnaires";
	}

	@PostMapping(BASE)
	String create(@AuthenticationPrincipal CurrentUser admin, @RequestParam UUID operator,
			@RequestParam(defaultValue = "") String titleFr, @RequestParam(defaultValue = "") String titleNl,
			@RequestParam(defaultValue = "") String titleEn, @RequestParam(defaultValue = "MEAN") ItemBank.Scoring scoring,
			RedirectAttributes redirect) {
		Text title = new Text(titleFr, titleNl, titleEn);
		if (!valid(title)) {
			redirect.addFlashAttribute("problem", "questionnaires.error.title");
			return "redirect:" + BASE;
		}
		UUID id = questionnaires.create(admin, operator, title, scoring);
		redirect.addFlashAttribute("flash", "questionnaires.created");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{questionnaire}")
	String edit(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire, Model model) {
		model.addAttribute("row", questionnaires.require(admin, questionnaire));
		model.addAttribute("base", BASE + "/" + questionnaire);
		return "instruments/questionnaire";
	}

	@PostMapping(BASE + "/{questionnaire}")
	String header(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire,
			@RequestParam(defaultValue = "") String titleFr, @RequestParam(defaultValue = "") String titleNl,
			@RequestParam(defaultValue = "") String titleEn, @RequestParam(defaultValue = "") String instructionsFr,
			@RequestParam(defaultValue = "") String instructionsNl, @RequestParam(defaultValue = "") String instructionsEn,
			@RequestParam(defaultValue = "MEAN") ItemBank.Scoring scoring, RedirectAttributes redirect) {
		Text title = new Text(titleFr, titleNl, titleEn);
		Text instructions = new Text(instructionsFr, instructionsNl, instructionsEn);
		if (!valid(title) || !fits(instructions)) {
			questionnaires.require(admin, questionnaire);
			redirect.addFlashAttribute("problem", "questionnaires.error.title");
		} else {
			questionnaires.saveHeader(admin, questionnaire, title, instructions, scoring);
			redirect.addFlashAttribute("flash", "instruments.saved");
		}
		return "redirect:" + BASE + "/" + questionnaire;
	}

	@PostMapping(BASE + "/{questionnaire}/scales")
	String addScale(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire,
			@RequestParam(defaultValue = "") String nameFr, @RequestParam(defaultValue = "") String nameNl,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String aboutFr,
			@RequestParam(defaultValue = "") String aboutNl, @RequestParam(defaultValue = "") String aboutEn,
			RedirectAttributes redirect) {
		Text name = new Text(nameFr, nameNl, nameEn);
		Text about = new Text(aboutFr, aboutNl, aboutEn);
		if (!valid(name) || !fits(about)) {
			questionnaires.require(admin, questionnaire);
			redirect.addFlashAttribute("problem", "questionnaires.error.scale");
		} else {
			questionnaires.addScale(admin, questionnaire, name, about);
			redirect.addFlashAttribute("flash", "questionnaires.scaleAdded");
		}
		return "redirect:" + BASE + "/" + questionnaire + "#scales";
	}

	@PostMapping(BASE + "/{questionnaire}/scales/{scale}/delete")
	String removeScale(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire, @PathVariable String scale,
			RedirectAttributes redirect) {
		questionnaires.removeScale(admin, questionnaire, scale);
		redirect.addFlashAttribute("flash", "questionnaires.removed");
		return "redirect:" + BASE + "/" + questionnaire + "#scales";
	}

	@PostMapping(BASE + "/{questionnaire}/items")
	String addItem(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire,
			@RequestParam(defaultValue = "") String scale, @RequestParam(defaultValue = "false") boolean reverse,
			@RequestParam(defaultValue = "LIKERT") QuestionnaireItemFormat format,
			@RequestParam(defaultValue = "") String textFr, @RequestParam(defaultValue = "") String textNl,
			@RequestParam(defaultValue = "") String textEn, RedirectAttributes redirect) {
		Text text = new Text(textFr, textNl, textEn);
		if (!valid(text)) {
			questionnaires.require(admin, questionnaire);
			redirect.addFlashAttribute("problem", "questionnaires.error.item");
		} else if (!questionnaires.addItem(admin, questionnaire, scale, reverse, format == QuestionnaireItemFormat.FREE_TEXT, text)) {
			redirect.addFlashAttribute("problem", "questionnaires.error.itemScale");
		} else {
			redirect.addFlashAttribute("flash", "questionnaires.itemAdded");
		}
		return "redirect:" + BASE + "/" + questionnaire + "#items";
	}

	@PostMapping(BASE + "/{questionnaire}/items/{item}/delete")
	String removeItem(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire, @PathVariable String item,
			RedirectAttributes redirect) {
		questionnaires.removeItem(admin, questionnaire, item);
		redirect.addFlashAttribute("flash", "questionnaires.removed");
		return "redirect:" + BASE + "/" + questionnaire + "#items";
	}

	@PostMapping(BASE + "/{questionnaire}/publish")
	String publish(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID questionnaire, RedirectAttributes redirect) {
		List<String> problems = questionnaires.publish(admin, questionnaire);
		redirect.addFlashAttribute(problems.isEmpty() ? "flash" : "problem",
				problems.isEmpty() ? "questionnaires.published" : problems.get(0));
		return "redirect:" + BASE + "/" + questionnaire;
	}

	/** At least one language, none too long. */
	private static boolean valid(Text text) {
		return text.any() && fits(text);
	}

	private static boolean fits(Text text) {
		return List.of(text.fr(), text.nl(), text.en()).stream().allMatch(t -> t == null || t.length() <= MAX_TEXT);
	}
}

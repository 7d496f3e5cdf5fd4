package be.balise.instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * What the worker's answering pages and the counsellor's "fill in together" pages share: one page of items, the
 * answers read from the form, the summary before submitting. {@code base} is where the page's form posts; the
 * summary is at {@code base + "/summary"} and submitting at {@code base + "/submit"}.
 */
final class AnsweringPages {

	private static final String ANSWER_PREFIX = "answer.";
	private static final String TEXT_PREFIX = "text.";

	private AnsweringPages() {
	}

	static String page(Model model, Assignment assignment, ItemBank bank, int page, String base, String listPath,
			boolean together) {
		int index = Math.max(0, Math.min(page, bank.pageCount() - 1));
		model.addAttribute("assignment", assignment);
		model.addAttribute("bank", bank);
		model.addAttribute("page", index);
		model.addAttribute("items", bank.page(index));
		model.addAttribute("base", base);
		model.addAttribute("listPath", listPath);
		model.addAttribute("together", together);
		return "instruments/worker-page";
	}

	/** The answers of one page: {@code answer.<item>} fields; an empty value clears the answer. */
	static Map<String, Integer> answers(Map<String, String> form) {
		Map<String, Integer> answers = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX)) {
				answers.put(name.substring(ANSWER_PREFIX.length()), value.isBlank() ? null : Integer.valueOf(value));
			}
		});
		return answers;
	}

	/** The written answers of one page: {@code text.<item>} fields, cut to the longest answer kept. */
	static Map<String, String> texts(Map<String, String> form) {
		Map<String, String> texts = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(TEXT_PREFIX)) {
				String text = value.strip();
				texts.put(name.substring(TEXT_PREFIX.length()),
						text.length() > InstrumentService.MAX_TEXT_ANSWER ? text.substring(0, InstrumentService.MAX_TEXT_ANSWER) : text);
			}
		});
		return texts;
	}

	static String move(String base, int page, PageMove go) {
		return switch (go) {
			case PREVIOUS -> "redirect:" + base + "?page=" + Math.max(0, page - 1);
			case NEXT -> "redirect:" + base + "?page=" + (page + 1);
			case SUMMARY -> "redirect:" + base + "/summary";
		};
	}

	static String summary(Model model, Assignment assignment, ItemBank bank, String base, String listPath, boolean together) {
		List<Integer> unansweredPages = new ArrayList<>();
		for (int p = 0; p < bank.pageCount(); p++) {
			if (bank.page(p).stream().anyMatch(item -> !assignment.answered(item.id()))) {
				unansweredPages.add(p);
			}
		}
		model.addAttribute("assignment", assignment);
		model.addAttribute("bank", bank);
		model.addAttribute("unansweredPages", unansweredPages);
		model.addAttribute("base", base);
		model.addAttribute("listPath", listPath);
		model.addAttribute("together", together);
		return "instruments/worker-summary";
	}
}

package be.balise.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.balise.identity.AccountService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reference library as every signed-in person reads it: documents, their history, the lexicon, the helper. */
@Controller
class ReferenceController {

	private final ReferenceDocuments documents;
	private final Lexicon lexicon;
	private final ReferralHelper helper;
	private final AccountService accounts;

	ReferenceController(ReferenceDocuments documents, Lexicon lexicon, ReferralHelper helper, AccountService accounts) {
		this.documents = documents;
		this.lexicon = lexicon;
		this.helper = helper;
		this.accounts = accounts;
	}

	@GetMapping("/reference")
	String index(Model model) {
		List<ReferenceDocument> current = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			current.add(documents.current(kind));
		}
		model.addAttribute("documents", current);
		model.addAttribute("schemes", lexicon.all());
		return "reference/index";
	}

	@GetMapping("/reference/{kind}")
	String show(@PathVariable String kind, Model model) {
		if ("lexicon".equals(kind)) {
			model.addAttribute("schemes", lexicon.all());
			return "reference/lexicon";
		}
		return document(model, documents.current(kindOf(kind)), true);
	}

	@GetMapping("/reference/{kind}/versions")
	String history(@PathVariable String kind, Model model) {
		DocumentKind documentKind = kindOf(kind);
		var versions = documents.history(documentKind);
		model.addAttribute("kind", documentKind);
		model.addAttribute("versions", versions);
		model.addAttribute("names", names(versions));
		return "reference/history";
	}

	@GetMapping("/reference/{kind}/versions/{version:\\d+}")
	String version(@PathVariable String kind, @PathVariable int version, Model model) {
		DocumentKind documentKind = kindOf(kind);
		ReferenceDocument document = documents.version(documentKind, version).orElseThrow(ReferenceNotFound::new);
		return document(model, document, document.version() == documents.current(documentKind).version());
	}

	@GetMapping("/reference/schemes/{code}")
	String scheme(@PathVariable String code, Model model) {
		return scheme(model, lexicon.find(code).orElseThrow(ReferenceNotFound::new), true);
	}

	@GetMapping("/reference/schemes/{code}/versions/{version:\\d+}")
	String schemeVersion(@PathVariable String code, @PathVariable int version, Model model) {
		LexiconScheme current = lexicon.find(code).orElseThrow(ReferenceNotFound::new);
		LexiconScheme shown = lexicon.version(code, version).orElseThrow(ReferenceNotFound::new);
		return scheme(model, shown, shown.version() == current.version());
	}

	@GetMapping("/reference/referral-helper")
	String helper(@RequestParam Map<String, String> params, Model model) {
		Map<String, String> answers = helper.answersFrom(params);
		model.addAttribute("questions", helper.questions());
		model.addAttribute("answers", answers);
		model.addAttribute("suggested", helper.suggestedSchemes(answers));
		model.addAttribute("action", "/reference/referral-helper");
		return "reference/helper";
	}

	private String document(Model model, ReferenceDocument document, boolean current) {
		model.addAttribute("document", document);
		model.addAttribute("current", current);
		model.addAttribute("author", document.authorId() == null ? null : names(List.of(
				new VersionEntry(document.version(), document.authorId(), document.savedAt()))).get(document.authorId()));
		return "reference/document";
	}

	private String scheme(Model model, LexiconScheme scheme, boolean current) {
		var versions = lexicon.history(scheme.code());
		model.addAttribute("scheme", scheme);
		model.addAttribute("current", current);
		model.addAttribute("versions", versions);
		model.addAttribute("names", names(versions));
		return "reference/scheme";
	}

	private Map<UUID, String> names(List<VersionEntry> versions) {
		Set<UUID> authors = new HashSet<>();
		versions.forEach(entry -> {
			if (entry.authorId() != null) {
				authors.add(entry.authorId());
			}
		});
		return authors.isEmpty() ? Map.of() : accounts.displayNames(authors);
	}

	static DocumentKind kindOf(String slug) {
		return DocumentKind.fromSlug(slug).orElseThrow(ReferenceNotFound::new);
	}
}

package be.balise.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reference library: shipped as data in three languages, read by every role, edited by fund officers with a
 * version per save, older versions readable, validation that keeps the typed text, and a concurrent save refused
 * with both texts shown.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-K1")
class ReferencePagesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired ReferenceDocuments documents;
	@Autowired Lexicon lexicon;

	World world;

	@BeforeAll
	void aWorld() {
		world = worlds.create();
	}

	@Test
	void theShippedDocumentsAndLexiconExistInThreeLanguages() {
		for (DocumentKind kind : DocumentKind.values()) {
			ReferenceDocument current = documents.current(kind);
			assertThat(current.version()).isPositive();
			assertThat(current.texts().keySet()).containsExactlyInAnyOrder("fr", "nl", "en");
			assertThat(documents.version(kind, 1).orElseThrow().shipped()).isTrue();
		}
		assertThat(documents.version(DocumentKind.CHARTER, 1).orElseThrow().text("nl")).contains("vertrouwelijk");
		assertThat(lexicon.all()).extracting(LexiconScheme::code).containsExactly("BILAN", "ASSESSMENT_CENTRE",
				"CAREER_GUIDANCE", "COACHING", "JOB_COACHING", "PSYCHOTHERAPY", "OUTPLACEMENT", "REORIENTATION",
				"SKILLS_VALIDATION", "PRIOR_LEARNING", "BUSINESS_START");
		LexiconScheme outplacement = lexicon.version("OUTPLACEMENT", 1).orElseThrow();
		assertThat(outplacement.initiators()).containsExactly(Party.EMPLOYER);
		assertThat(outplacement.employerInvolved()).isTrue();
		assertThat(outplacement.purpose()).isEqualTo(Purpose.IMPLEMENTATION);
		assertThat(outplacement.text("en").description()).contains("collective agreement no. 51");
		assertThat(lexicon.version("ASSESSMENT_CENTRE", 1).orElseThrow().resultsTo()).containsExactly(Party.EMPLOYER);
	}

	@Test
	void everySignedInRoleReadsTheLibraryAndOnlyFundOfficersSeeTheEditButton() throws Exception {
		for (CurrentUser reader : List.of(world.worker("reader"), world.counsellor, world.operatorAdmin, world.fundOfficer,
				world.platformAdmin)) {
			assertThat(body(get("/reference"), reader)).contains("href=\"/reference/charter\"").contains("/reference/lexicon");
			String charter = body(get("/reference/charter"), reader);
			assertThat(charter).contains("id=\"document-text\"").contains("<strong>").contains("href=\"/reference\"");
			assertThat(charter.contains("/fund/reference/charter/edit")).isEqualTo(reader.has(Role.FUND_OFFICER));
			assertThat(body(get("/reference/lexicon"), reader)).contains("id=\"scheme-OUTPLACEMENT\"");
			assertThat(body(get("/reference/schemes/PSYCHOTHERAPY"), reader)).contains("id=\"scheme-description\"");
			assertThat(body(get("/reference/referral-helper").param("initiative", "WORKER").param("situation", "JOB_SEEKER")
					.param("aim", "CARRY_OUT").param("region", "WALLONIA"), reader)).contains("id=\"suggested-JOB_COACHING\"");
		}
		assertThat(status(get("/reference/unknown"), world.worker("curious"))).isEqualTo(404);
		assertThat(status(get("/reference/charter/versions/999"), world.counsellor)).isEqualTo(404);
		assertThat(status(get("/reference/schemes/NOPE"), world.counsellor)).isEqualTo(404);
	}

	@Test
	void theLibraryIsShownInTheReadersLanguage() throws Exception {
		var dutch = new java.util.Locale("nl");
		String page = mvc.perform(get("/reference/deontology").with(user(world.counsellor)).locale(dutch)
				.header("Accept-Language", "nl")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Beroepsgeheim");
	}

	@Test
	void aFundOfficersSaveIsANewVersionAndOlderVersionsStayReadable() throws Exception {
		ReferenceDocument before = documents.current(DocumentKind.COMPETENCES);

		var response = save(DocumentKind.COMPETENCES, before.version(), "## Nouveau\n**Compétence 1** revue", "Nieuw", "New",
				world.fundOfficer);

		assertThat(response.getStatus()).isEqualTo(302);
		ReferenceDocument after = documents.current(DocumentKind.COMPETENCES);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.authorId()).isEqualTo(world.fundOfficer.id().value());
		assertThat(after.html("fr")).isEqualTo("<h4>Nouveau</h4><p><strong>Compétence 1</strong> revue</p>");
		String history = body(get("/reference/competences/versions"), world.worker("historian"));
		assertThat(history).contains("/reference/competences/versions/" + after.version())
				.contains("/reference/competences/versions/" + before.version()).contains(world.fundOfficer.displayName());
		assertThat(body(get("/reference/competences/versions/" + before.version()), world.counsellor))
				.contains(before.html("fr")).contains("alert--info");
	}

	@Test
	void markupTypedInADocumentIsEscapedWhenRendered() throws Exception {
		int version = documents.current(DocumentKind.DEONTOLOGY).version();
		save(DocumentKind.DEONTOLOGY, version, "<script>alert(1)</script> [x](javascript:alert(1))", "Tekst", "Text",
				world.fundOfficer);

		String page = body(get("/reference/deontology"), world.worker("xss"));
		assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript").contains("&lt;script&gt;");
	}

	@Test
	void anEmptyLanguageIsRefusedBesideItsFieldAndNothingTypedIsLost() throws Exception {
		int version = documents.current(DocumentKind.DEONTOLOGY).version();

		var response = save(DocumentKind.DEONTOLOGY, version, "Texte complet gardé", "", "Kept English text", world.fundOfficer);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Texte complet gardé")
				.contains("Kept English text").contains("field--error");
		assertThat(documents.current(DocumentKind.DEONTOLOGY).version()).isEqualTo(version);
	}

	@Test
	void theSecondOfTwoOfficersSavingFromTheSameVersionIsToldAndKeepsTheirText() throws Exception {
		CurrentUser second = world.person("second-officer", Role.FUND_OFFICER);
		int version = documents.current(DocumentKind.COMPETENCES).version();
		assertThat(save(DocumentKind.COMPETENCES, version, "Version de la première", "Eerste", "First", world.fundOfficer)
				.getStatus()).isEqualTo(302);

		var response = save(DocumentKind.COMPETENCES, version, "Version de la seconde", "Tweede", "Second", second);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"conflict\"")
				.contains("Version de la première").contains("Version de la seconde")
				.contains("name=\"version\" value=\"" + (version + 1) + "\"");
		assertThat(documents.current(DocumentKind.COMPETENCES).text("fr")).isEqualTo("Version de la première");

		assertThat(save(DocumentKind.COMPETENCES, version + 1, "Version de la seconde", "Tweede", "Second", second).getStatus())
				.isEqualTo(302);
		assertThat(documents.current(DocumentKind.COMPETENCES).version()).isEqualTo(version + 2);
		assertThat(documents.current(DocumentKind.COMPETENCES).authorId()).isEqualTo(second.id().value());
	}

	@Test
	void aLexiconSchemeIsEditedAsANewVersionWithItsAttributes() throws Exception {
		LexiconScheme before = lexicon.find("PRIOR_LEARNING").orElseThrow();
		var edit = post("/fund/reference/schemes/PRIOR_LEARNING").with(csrf()).param("version", String.valueOf(before.version()))
				.param("initiators", "WORKER").param("initiators", "EMPLOYER").param("resultsTo", "WORKER")
				.param("employerInvolved", "true").param("purpose", "RECOGNITION");
		for (String language : ReferenceLanguages.ALL) {
			edit.param("texts[" + language + "].name", "VAE " + language)
					.param("texts[" + language + "].description", "Description " + language)
					.param("texts[" + language + "].situations", "- reprise d'études")
					.param("texts[" + language + "].contact", "[enseignement.be](https://www.enseignement.be)");
		}
		assertThat(status(edit, world.fundOfficer)).isEqualTo(302);

		LexiconScheme after = lexicon.find("PRIOR_LEARNING").orElseThrow();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.initiators()).containsExactlyInAnyOrder(Party.WORKER, Party.EMPLOYER);
		assertThat(after.employerInvolved()).isTrue();
		assertThat(after.text("nl").name()).isEqualTo("VAE nl");
		assertThat(lexicon.version("PRIOR_LEARNING", before.version()).orElseThrow().text("nl").name())
				.isEqualTo(before.text("nl").name());

		// a second save from the old version: refused, typed text kept
		var stale = post("/fund/reference/schemes/PRIOR_LEARNING").with(csrf()).param("version", String.valueOf(before.version()))
				.param("initiators", "WORKER").param("resultsTo", "WORKER").param("purpose", "RECOGNITION");
		for (String language : ReferenceLanguages.ALL) {
			stale.param("texts[" + language + "].name", "Autre nom " + language)
					.param("texts[" + language + "].description", "Autre description")
					.param("texts[" + language + "].situations", "- autre")
					.param("texts[" + language + "].contact", "ailleurs");
		}
		MockHttpServletResponse conflict = mvc.perform(stale.with(user(world.fundOfficer))).andReturn().getResponse();
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getContentAsString(StandardCharsets.UTF_8)).contains("Autre nom fr").contains("VAE fr");
		assertThat(lexicon.find("PRIOR_LEARNING").orElseThrow().version()).isEqualTo(after.version());
	}

	@Test
	void onlyFundOfficersEdit() throws Exception {
		for (CurrentUser other : List.of(world.counsellor, world.operatorAdmin, world.worker("not-an-officer"), world.platformAdmin)) {
			assertThat(status(get("/fund/reference/charter/edit"), other)).isEqualTo(403);
			assertThat(save(DocumentKind.CHARTER, 1, "x", "y", "z", other).getStatus()).isEqualTo(403);
		}
		assertThat(body(get("/fund/reference/charter/edit"), world.otherFundOfficer)).contains("name=\"texts[nl]\"");
	}

	private MockHttpServletResponse save(DocumentKind kind, int version, String fr, String nl, String en, CurrentUser by)
			throws Exception {
		return mvc.perform(post("/fund/reference/" + kind.slug()).with(csrf()).with(user(by))
				.param("version", String.valueOf(version)).param("texts[fr]", fr).param("texts[nl]", nl).param("texts[en]", en))
				.andReturn().getResponse();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		var response = mvc.perform(request.with(user(as))).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}

package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.Canaries;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Session notes: the counsellor's alone, encrypted, rendered inert, every read audited, searched in memory. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-D9")
class NotesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired NoteService notes;
	@Autowired NoteContent content;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void aBilanInInvestigation() {
		world = worlds.create();
		worker = world.worker("notes");
		bilan = world.investigating(worker, "raisons", "motivations");
	}

	@Test
	void theCounsellorWritesANoteAndReadsItRenderedOnTheBilanPage() throws Exception {
		String canary = Canaries.next("note");
		int status = mvc.perform(post(path()).param("text", "Idée : **" + canary + "**").with(csrf()).with(user(world.counsellor)))
				.andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(302);
		assertThat(body(get(path()), world.counsellor)).contains("<strong>" + canary + "</strong>")
				.contains("export");
	}

	@Test
	void onlyTheBilansCounsellorReachesItsNotes() throws Exception {
		String canary = Canaries.next("note");
		notes.write(world.counsellor, bilan, canary);

		assertThat(status(get(path()), world.counsellor)).isEqualTo(200);
		assertThat(body(get(path()), world.counsellor)).contains(canary);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get(path()), counsellor)).isEqualTo(404);
			assertThat(status(post(path()).param("text", "intrusion").with(csrf()), counsellor)).isEqualTo(404);
		}
		for (CurrentUser other : List.of(worker, world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get(path()), other)).as(other.displayName()).isIn(403, 404);
			assertThat(body(get(path()), other)).doesNotContain(canary);
		}
		assertThat(notes.read(world.counsellor, bilan)).extracting(Note::markdown).doesNotContain("intrusion");
	}

	@Test
	void storesNotesEncryptedAndGivesThemToTheWorkerInTheExport() {
		String canary = Canaries.next("note");
		notes.write(world.counsellor, bilan, canary);

		List<byte[]> stored = jdbc.sql("select body from casework_note where bilan_id = :bilan").param("bilan", bilan.value())
				.query(byte[].class).list();
		assertThat(stored).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(canary));
		assertThat(content.export(bilan)).anyMatch(row -> canary.equals(row.get("text")));
	}

	@Test
	void everyNoteReadWritesItsAuditRowFirst() {
		BilanId fresh = world.investigating(world.worker("audited"), "raisons", "motivations");
		notes.write(world.counsellor, fresh, "première");
		notes.write(world.counsellor, fresh, "seconde");

		notes.read(world.counsellor, fresh);

		assertThat(auditedReads(fresh)).isEqualTo(2);
	}

	@Test
	void searchFindsWordsInTheDecryptedNotesOnly() throws Exception {
		BilanId fresh = world.investigating(world.worker("search"), "raisons", "motivations");
		notes.write(world.counsellor, fresh, "Parle de menuiserie avec enthousiasme");
		notes.write(world.counsellor, fresh, "Horaires difficiles");

		assertThat(notes.search(world.counsellor, fresh, "MENUISERIE")).extracting(Note::markdown)
				.containsExactly("Parle de menuiserie avec enthousiasme");
		assertThat(auditedReads(fresh)).isEqualTo(1);
		String page = body(get("/counsellor/bilans/" + fresh + "/notes").param("q", "horaires"), world.counsellor);
		assertThat(page).contains("Horaires difficiles").doesNotContain("menuiserie");
		assertThat(status(get("/counsellor/bilans/" + fresh + "/notes").param("q", "horaires"), world.colleague)).isEqualTo(404);
	}

	@Test
	void everyPayloadOfTheXssCorpusRendersInertOnThePage() throws Exception {
		BilanId fresh = world.investigating(world.worker("xss"), "raisons", "motivations");
		for (String payload : XssPayloads.CORPUS) {
			notes.write(world.counsellor, fresh, payload.replace("\u0000", ""));
		}
		String page = body(get("/counsellor/bilans/" + fresh + "/notes"), world.counsellor);
		String notesOnly = page.substring(page.indexOf("<ol class=\"note-list\">"), page.indexOf("</ol>", page.lastIndexOf("note__body")) + 5);

		assertThat(XssPayloads.forbiddenTags(notesOnly.replaceAll("</?(ol|li|div|p)( class=\"[a-z_ -]+\")?>", "")))
				.isEmpty();
		assertThat(notesOnly).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("href=\"javascript");
	}

	private long auditedReads(BilanId id) {
		return jdbc.sql("select count(*) from audit_event where bilan_id = :bilan and kind = 'READ' and object_kind = :kind")
				.param("bilan", id.value()).param("kind", NoteService.KIND).query(Long.class).single();
	}

	private String path() {
		return "/counsellor/bilans/" + bilan + "/notes";
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}

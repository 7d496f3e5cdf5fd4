package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.casework.DocumentKind;
import be.balise.casework.DocumentService;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hours against the parts of the scheme's budget (HOUR_BUDGET, as the Flemish career cheques: 4 h then 3 h, each
 * closed by a personal development plan): a part is complete only once its plan is uploaded, the counsellor is
 * warned before planning past a part that still waits for it, and the fund sees hours and parts, no document.
 */
@FullStackTest
@Tag("balises-C5")
class HourPartsTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;
	@Autowired DocumentService documents;
	@Autowired JdbcClient jdbc;

	@Test
	void aPartIsCompleteOnlyOnceItsPlanIsUploadedAndTheCounsellorIsWarnedBefore() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("Lieve");
		BilanId bilan = world.investigating(worker, "redenen", "motivatie");
		jdbc.sql("""
				insert into scheme_rule (scheme_id, position, rule_type, params) values (:scheme, 90, 'HOUR_BUDGET',
				cast('{"periodYears": 6, "parts": [{"hours": 4, "document": "POP"}, {"hours": 3, "document": "POP"}]}' as jsonb))""")
				.param("scheme", world.scheme.id().value()).update();
		for (int days = 10; days >= 8; days--) {
			UUID session = sessions.plan(world.counsellor, bilan, SessionsTest.in(-days), 80);
			sessions.record(world.counsellor, bilan, session, SessionService.Outcome.HELD);
		}

		Hours hours = sessions.hours(world.fundOfficer, bilan);
		assertThat(hours.parts()).hasSize(2);
		assertThat(hours.parts().get(0).usedMinutes()).isEqualTo(240);
		assertThat(hours.parts().get(0).awaitingDocument()).isTrue();
		assertThat(hours.parts().get(0).complete()).isFalse();
		assertThat(hours.parts().get(1).started()).isFalse();
		assertThat(body("/counsellor/bilans/" + bilan + "/sessions", world.counsellor)).contains("Document attendu")
				.contains("déposez-le parmi les documents");

		var plan = post("/counsellor/bilans/" + bilan + "/sessions").with(csrf()).param("date", "2027-09-14")
				.param("time", "10:00").param("durationMinutes", "60").param("modality", "IN_PERSON");
		assertThat(mvc.perform(plan.with(user(world.counsellor))).andReturn().getFlashMap().get("problem"))
				.isEqualTo("planning.parts.wouldPass");
		assertThat(sessions.list(world.counsellor, bilan)).hasSize(3);

		var upload = multipart("/worker/bilans/" + bilan + "/documents")
				.file(new MockMultipartFile("file", "mon-pop.pdf", "application/pdf", PDF)).param("kind", DocumentKind.POP.name())
				.with(csrf());
		assertThat(mvc.perform(upload.with(user(worker))).andReturn().getResponse().getStatus()).isEqualTo(302);

		Hours after = sessions.hours(world.counsellor, bilan);
		assertThat(after.parts().get(0).complete()).isTrue();
		assertThat(after.parts().get(1).documentUploaded()).isFalse();
		assertThat(mvc.perform(plan.with(user(world.counsellor))).andReturn().getFlashMap().get("flash"))
				.isEqualTo("planning.session.added");

		String fund = body("/fund/bilans/" + bilan + "/sessions", world.fundOfficer);
		assertThat(fund).contains("Partie 1 : 4 h 00 sur 4 h").contains("Complète").contains("Plan de développement personnel")
				.doesNotContain("mon-pop");
		assertThat(body("/operator/bilans/" + bilan + "/sessions", world.operatorAdmin)).contains("Partie 2").doesNotContain("mon-pop");
		assertThat(mvc.perform(get("/fund/bilans/" + bilan + "/sessions").with(user(world.otherFundOfficer))).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aSchemeWithoutPartsShowsNone() {
		World world = worlds.create();
		BilanId bilan = world.investigating(world.worker("Marc"), "raisons", "motivations");
		assertThat(sessions.hours(world.counsellor, bilan).parts()).isEmpty();
		assertThat(sessions.hours(world.counsellor, bilan).wouldPassAPartAwaitingItsDocument(600)).isFalse();
	}

	private String body(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getContentAsString();
	}
}

package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import be.balise.web.PageContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The attendance certificate: held sessions in working hours only, with dates and hours and nothing else. */
@FullStackTest
class AttendanceCertificateTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;

	@Test
	void theWorkerDownloadsDatesAndHoursOfHeldSessionsInWorkingHoursOnly() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("Dina");
		BilanId bilan = world.investigating(worker, "raisons confidentielles", "motivations confidentielles");
		String path = "/worker/bilans/" + bilan + "/attendance.pdf";
		assertThat(mvc.perform(get(path).with(user(worker))).andReturn().getResponse().getStatus())
				.as("no held session yet").isEqualTo(404);

		held(world, bilan, "2026-09-15T10:00", 90, "Bureau confidentiel");  // a Tuesday morning
		held(world, bilan, "2026-09-19T10:00", 60, null);                  // a Saturday
		held(world, bilan, "2026-09-16T18:30", 60, null);                  // a Wednesday evening
		sessions.askToMove(worker, bilan, sessions.plan(world.counsellor, bilan, SessionsTest.in(9), 60), "raison privée");

		assertThat(mvc.perform(get(path).with(user(world.worker("autre")))).andReturn().getResponse().getStatus()).isEqualTo(404);
		var response = mvc.perform(get(path).with(user(worker))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");

		String text;
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Attestation de présence").contains("15 septembre 2026").contains("10:00")
				.contains("11:30").contains("1 h 30");
		assertThat(text).doesNotContain("19 septembre").doesNotContain("16 septembre").doesNotContain("Bureau confidentiel")
				.doesNotContain("confidentielles").doesNotContain("raison privée");
	}

	private void held(World world, BilanId bilan, String local, int minutes, String place) {
		UUID id = sessions.plan(world.counsellor, bilan, new SessionPlan(
				LocalDateTime.parse(local).atZone(PageContext.BRUSSELS).toInstant(), minutes, Modality.IN_PERSON, place));
		sessions.record(world.counsellor, bilan, id, SessionService.Outcome.HELD);
	}
}

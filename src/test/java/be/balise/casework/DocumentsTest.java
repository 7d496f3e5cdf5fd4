package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Documents: the worker uploads, the counsellor downloads an attachment; a refused type says why (SECURITY.md D8). */
@FullStackTest
@Tag("balises-K3")
class DocumentsTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired DocumentService documents;

	@Test
	void theWorkerUploadsACvAndTheCounsellorDownloadsItAsAnAttachment() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("documents");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		var upload = multipart("/worker/bilans/" + bilan + "/documents")
				.file(new MockMultipartFile("file", "../../mon CV.pdf", "text/html", PDF)).with(csrf());
		assertThat(status(upload, worker)).isEqualTo(302);
		UUID document = documents.list(world.counsellor, bilan).get(0).id();

		var response = mvc.perform(get("/counsellor/bilans/" + bilan + "/documents/" + document).with(user(world.counsellor)))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").doesNotContain("..").doesNotContain("/");
		assertThat(body(get("/worker/bilans/" + bilan + "/documents"), worker)).contains("mon CV");
	}

	@Test
	@Tag("balises-D9")
	void refusesMarkupDressedAsAPdfAndSaysWhyInFrench() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("documents-refused");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		var response = mvc.perform(multipart("/worker/bilans/" + bilan + "/documents")
				.file(new MockMultipartFile("file", "cv.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.with(csrf()).with(user(worker))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Ce type de fichier n’est pas accepté");
		assertThat(documents.list(worker, bilan)).isEmpty();
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorListAndDownloadItsDocuments() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("documents-access");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID document = documents.upload(world.counsellor, bilan, "fiche.pdf", new java.io.ByteArrayInputStream(PDF));
		String download = "/counsellor/bilans/" + bilan + "/documents/" + document;

		assertThat(status(get(download), world.counsellor)).isEqualTo(200);
		assertThat(status(get("/worker/bilans/" + bilan + "/documents/" + document), worker)).isEqualTo(200);
		assertThat(status(get("/worker/bilans/" + bilan + "/documents/" + document), world.worker("stranger"))).isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get(download), counsellor)).isEqualTo(404);
			assertThat(status(get("/counsellor/bilans/" + bilan + "/documents"), counsellor)).isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get(download), other)).isIn(403, 404);
		}
		BilanId otherBilan = world.investigating(world.worker("other-documents"), "raisons", "motivations");
		assertThat(status(get("/counsellor/bilans/" + otherBilan + "/documents/" + document), world.counsellor)).isEqualTo(404);
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}

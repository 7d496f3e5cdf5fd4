package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import be.balise.assessment.BilanId;
import be.balise.assessment.ContentRegistry;
import be.balise.identity.CurrentUser;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.Canaries;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md D6: the worker's export holds every datum planted in every registered kind of content (through
 * every {@link CanaryPlanter} of the test context), in JSON and in the PDF summary; only the worker gets it.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C10")
@Tag("balises-D4")
class DataExportTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired List<CanaryPlanter> planters;
	@Autowired ContentRegistry registry;

	World world;
	CurrentUser worker;
	BilanId bilan;
	final Map<String, String> canaries = new HashMap<>();

	@BeforeAll
	void plantACanaryInEveryKindOfContent() {
		world = worlds.create();
		worker = world.worker("exporting");
		canaries.put("request.reasons", Canaries.next("export_request_reasons"));
		canaries.put("contract.first-meeting", Canaries.next("export_first_meeting"));
		bilan = world.investigating(worker, canaries.get("request.reasons"), canaries.get("contract.first-meeting"));
		for (CanaryPlanter planter : planters) {
			String canary = Canaries.next("export_" + planter.kind().replaceAll("[^A-Za-z0-9]", "_"));
			planter.plant(world, bilan, canary);
			canaries.put(planter.kind(), canary);
		}
	}

	@Test
	void theExportHoldsEveryPlantedDatumInJsonAndInThePdf() throws Exception {
		Map<String, byte[]> files = unzip(download(worker));

		String json = files.entrySet().stream().filter(file -> file.getKey().endsWith(".json"))
				.map(file -> new String(file.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
		assertThat(files.keySet()).hasSize(2).contains("balise-summary.pdf");
		assertThat(json).contains(bilan.toString(), worker.email(), "INVESTIGATION");
		assertThat(json).contains(canaries.values());
		registry.kinds().forEach(kind -> assertThat(json).contains("\"" + kind.kind() + "\""));
		assertThat(pdfText(files.get("balise-summary.pdf"))).contains(canaries.values());
	}

	@Test
	void theExportIsAuditedAndShowsInTheAccessLog() throws Exception {
		download(worker);

		String log = mvc.perform(get("/worker/bilans/" + bilan + "/access-log").with(user(worker)))
				.andReturn().getResponse().getContentAsString();
		assertThat(log).contains("export de toutes vos données");
	}

	@Test
	void onlyTheWorkerGetsTheirData() throws Exception {
		assertThat(new String(unzip(download(worker)).values().iterator().next(), StandardCharsets.UTF_8)).isNotEmpty();
		Map<String, byte[]> strangers = unzip(download(world.worker("stranger")));
		assertThat(strangers.keySet()).containsExactly("balise-summary.pdf");
		assertThat(pdfText(strangers.get("balise-summary.pdf"))).doesNotContain(canaries.values());
		for (CurrentUser staff : new CurrentUser[] { world.counsellor, world.operatorAdmin, world.fundOfficer, world.platformAdmin }) {
			mvc.perform(get("/worker/export").with(user(staff))).andExpect(status().isForbidden());
		}
	}

	private byte[] download(CurrentUser as) throws Exception {
		return mvc.perform(get("/worker/export").with(user(as))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/zip"))
				.andReturn().getResponse().getContentAsByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/** The PDF's text without line breaks, so a canary wrapped in a narrow cell still reads whole. */
	private static String pdfText(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}
}

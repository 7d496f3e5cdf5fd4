package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class DownloadsTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DownloadController()).build();

	@Test
	void servesAFileAsAnAttachmentThatTheBrowserMayNotSniffOrKeep() throws Exception {
		mvc.perform(get("/download").param("name", "Synthèse été.pdf"))
				.andExpect(header().string("Content-Disposition",
						"attachment; filename=\"Synthese ete.pdf\"; filename*=UTF-8''Synth%C3%A8se%20%C3%A9t%C3%A9.pdf"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(content().bytes("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void keepsTheExactNameForBrowsersThatReadRfc5987() {
		String header = Downloads.attachment("Coëfficiënt – élève.pdf", MediaType.APPLICATION_PDF, new byte[0])
				.getHeaders().getFirst("Content-Disposition");

		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Coëfficiënt – élève.pdf");
		assertThat(ContentDisposition.parse(header).isAttachment()).isTrue();
	}

	@Test
	void aNameCannotInjectHeadersOrPaths() {
		String header = Downloads.attachment("../x\"; filename=evil.html\r\nSet-Cookie: a=b.pdf", MediaType.APPLICATION_PDF,
				new byte[0]).getHeaders().getFirst("Content-Disposition");

		assertThat(header).doesNotContain("\r", "\n", "/", "\\").startsWith("attachment; filename=\"x_ filename_evil.html_Set-Cookie_ a_b.pdf\";");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("x_ filename_evil.html_Set-Cookie_ a_b.pdf");
	}

	@RestController
	static class DownloadController {

		@GetMapping("/download")
		ResponseEntity<byte[]> download(@RequestParam String name) {
			return Downloads.attachment(name, MediaType.APPLICATION_PDF, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
		}
	}
}

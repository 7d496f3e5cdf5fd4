package be.balise.privacy;

import java.util.Locale;

import be.balise.files.Downloads;
import be.balise.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The worker downloads everything Balise holds about them, at any time. */
@Controller
class DataExportController {

	private final DataExport export;

	DataExportController(DataExport export) {
		this.export = export;
	}

	@GetMapping("/worker/export")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser worker, Locale locale) {
		return Downloads.attachment("balise-data.zip", MediaType.parseMediaType("application/zip"), export.zip(worker, locale));
	}
}

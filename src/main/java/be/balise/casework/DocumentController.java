package be.balise.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanSummary;
import be.balise.files.UploadRefusedException;
import be.balise.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents of a bilan, a fragment of the counsellor's and of the worker's page. A refused upload shows the file
 * store's reason on a page of its own (the reason may carry the size limit, which a flash key cannot).
 */
@Controller
class DocumentController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/documents";
	private static final String WORKER = "/worker/bilans/{id}/documents";

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String listRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return list(user, id, Side.of(request), model, null);
	}

	@PostMapping({ COUNSELLOR, WORKER })
	String uploadRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "OTHER") DocumentKind kind, Model model, RedirectAttributes redirect,
			HttpServletResponse response, HttpServletRequest request) {
		return upload(user, id, Side.of(request), file, kind, model, redirect, response);
	}

	@GetMapping(COUNSELLOR + "/{document}")
	ResponseEntity<byte[]> counsellorDownload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID document) {
		return documents.download(user, new BilanId(id), document).asAttachment();
	}

	@GetMapping(WORKER + "/{document}")
	ResponseEntity<byte[]> workerDownload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID document) {
		return documents.download(user, new BilanId(id), document).asAttachment();
	}

	private String list(CurrentUser user, UUID id, String space, Model model, UploadRefusedException refusal) {
		BilanSummary bilan = documents.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("documents", shown ? documents.list(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		model.addAttribute("refusal", refusal);
		return "casework/documents";
	}

	private String upload(CurrentUser user, UUID id, String space, MultipartFile file, DocumentKind kind, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		documents.requireReadable(user, new BilanId(id));
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "files.upload.empty");
			return "redirect:/" + space + "/bilans/" + id + "#documents";
		}
		try {
			documents.upload(user, new BilanId(id), file.getOriginalFilename(), file.getInputStream(), kind);
		} catch (UploadRefusedException refusal) {
			response.setStatus(422);
			return list(user, id, space, model, refusal);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		redirect.addFlashAttribute("flash", "casework.documents.uploaded");
		return "redirect:/" + space + "/bilans/" + id + "#documents";
	}
}

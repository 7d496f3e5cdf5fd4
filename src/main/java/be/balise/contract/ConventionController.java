package be.balise.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import be.balise.assessment.BilanId;
import be.balise.assessment.TransitionRefused;
import be.balise.files.Downloads;
import be.balise.files.FileContent;
import be.balise.files.UploadRefusedException;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import be.balise.web.PageContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
 * The convention on each party's bilan page (a fragment), its downloads and its signature; the operator admin's
 * record of a paper signature; the fund officer's list of conventions to sign at once.
 */
@Controller
class ConventionController {

	private static final String W = "/worker/bilans/{id}/convention";
	private static final String C = "/counsellor/bilans/{id}/convention";
	private static final String O = "/operator/bilans/{id}/convention";
	private static final String F = "/fund/bilans/{id}/convention";

	private final ConventionService conventions;
	private final AccountService accounts;
	private final Schemes schemes;
	private final Clock clock;

	ConventionController(ConventionService conventions, AccountService accounts, Schemes schemes, Clock clock) {
		this.conventions = conventions;
		this.accounts = accounts;
		this.schemes = schemes;
		this.clock = clock;
	}

	@GetMapping({ W, C, O, F })
	String fragment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletRequest request,
			Model model) {
		Role as = roleOf(request);
		model.addAttribute("bilanId", id);
		model.addAttribute("base", base(as, id));
		model.addAttribute("as", as);
		model.addAttribute("convention", conventions.view(user, new BilanId(id), as).orElse(null));
		model.addAttribute("counsellorMaySign", as == Role.OPERATOR_ADMIN && conventions.counsellorMaySign(user, new BilanId(id)));
		model.addAttribute("today", LocalDate.now(clock.withZone(PageContext.BRUSSELS)));
		return "contract/convention";
	}

	@PostMapping({ W + "/sign", C + "/sign", O + "/sign", F + "/sign" })
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String sha256,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, RedirectAttributes redirect) {
		Role as = roleOf(request);
		try {
			boolean contracted = conventions.sign(user, new BilanId(id), as, sha256, password);
			redirect.addFlashAttribute("flash", contracted ? "contract.signed.contracted" : "contract.signed.done");
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:" + page(as, id) + "#convention";
	}

	@GetMapping({ W + "/document", C + "/document", O + "/document", F + "/document" })
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			HttpServletRequest request) {
		return conventions.document(user, new BilanId(id), roleOf(request)).asAttachment();
	}

	@GetMapping({ W + "/signed", C + "/signed", O + "/signed", F + "/signed" })
	ResponseEntity<byte[]> signed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			HttpServletRequest request) {
		return Downloads.attachment("convention-signed.pdf", MediaType.APPLICATION_PDF,
				conventions.signedCopy(user, new BilanId(id), roleOf(request)));
	}

	@GetMapping(O + "/paper")
	ResponseEntity<byte[]> paperCopy(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
		return conventions.paperCopy(admin, new BilanId(id), Role.OPERATOR_ADMIN).map(FileContent::asAttachment)
				.orElseThrow(be.balise.assessment.BilanNotFound::new);
	}

	@PostMapping(O + "/paper")
	String recordPaper(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String signerName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		String back = "redirect:/operator/bilans/" + id + "#convention";
		String problem = paperProblem(signerName, signedOn, file);
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
			return back;
		}
		try {
			conventions.recordPaperSignature(admin, new BilanId(id), signerName, signedOn, file.getOriginalFilename(),
					file.getInputStream());
			redirect.addFlashAttribute("flash", "contract.paper.recorded");
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		} catch (UploadRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return back;
	}

	private String paperProblem(String signerName, LocalDate signedOn, MultipartFile file) {
		if (signerName.isBlank() || signerName.strip().length() > 200) {
			return "contract.error.signerName";
		}
		if (signedOn == null || signedOn.isAfter(LocalDate.now(clock.withZone(PageContext.BRUSSELS)))) {
			return "contract.error.signedOn";
		}
		if (file == null || file.isEmpty()) {
			return "files.upload.empty";
		}
		return null;
	}

	@PostMapping(O + "/delegate")
	String delegate(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean allowed, RedirectAttributes redirect) {
		try {
			conventions.allowCounsellorToSign(admin, new BilanId(id), allowed);
			redirect.addFlashAttribute("flash", allowed ? "contract.delegate.allowed" : "contract.delegate.withdrawn");
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/operator/bilans/" + id + "#convention";
	}

	@GetMapping("/fund/conventions")
	String fundList(@AuthenticationPrincipal CurrentUser officer, Model model, Locale locale) {
		List<ConventionService.FundItem> items = conventions.waitingForFund(officer);
		Map<UUID, String> names = accounts.displayNames(items.stream().map(ConventionService.FundItem::workerId).toList());
		model.addAttribute("items", items);
		model.addAttribute("names", names);
		model.addAttribute("schemeNames", items.stream().map(ConventionService.FundItem::schemeId).distinct()
				.collect(java.util.stream.Collectors.toMap(s -> s, s -> schemes.find(new SchemeId(s))
						.map(scheme -> scheme.name(locale)).orElse(""))));
		return "contract/fund-conventions";
	}

	@PostMapping("/fund/conventions/sign")
	String fundSignMany(@AuthenticationPrincipal CurrentUser officer,
			@RequestParam(name = "bilan", required = false) List<UUID> bilans,
			@RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
		try {
			int signed = conventions.signMany(officer,
					bilans == null ? List.of() : bilans.stream().map(BilanId::new).toList(), password);
			redirect.addFlashAttribute("flash", signed == 1 ? "contract.fund.signedOne" : "contract.fund.signedMany");
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/fund/conventions";
	}

	static Role roleOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/worker/")) {
			return Role.WORKER;
		}
		if (path.startsWith("/counsellor/")) {
			return Role.COUNSELLOR;
		}
		if (path.startsWith("/operator/")) {
			return Role.OPERATOR_ADMIN;
		}
		if (path.startsWith("/fund/")) {
			return Role.FUND_OFFICER;
		}
		throw new be.balise.assessment.BilanNotFound();
	}

	static String page(Role as, UUID id) {
		return switch (as) {
			case WORKER -> "/worker/bilans/" + id;
			case COUNSELLOR -> "/counsellor/bilans/" + id;
			case OPERATOR_ADMIN -> "/operator/bilans/" + id;
			case FUND_OFFICER -> "/fund/bilans/" + id;
			case PLATFORM_ADMIN -> throw new be.balise.assessment.BilanNotFound();
		};
	}

	private static String base(Role as, UUID id) {
		return page(as, id) + "/convention";
	}
}

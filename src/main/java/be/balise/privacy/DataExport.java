package be.balise.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.BilanView;
import be.balise.assessment.BilanViews;
import be.balise.assessment.ContentRegistry;
import be.balise.files.PdfRenderer;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's own data (SECURITY.md D6): a ZIP with one JSON file per bilan holding everything Balise keeps
 * about it (administration, history, every registered kind of content, counsellors' notes included) and a PDF
 * that sums it up. Each bilan is opened through {@link AssessmentAccess#readContent}, so the export is audited
 * and shows in the worker's access log.
 */
@Service
class DataExport {

	static final String OBJECT_KIND = "privacy.export";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final BilanLists lists;
	private final BilanViews views;
	private final AssessmentAccess access;
	private final ContentRegistry registry;
	private final PdfRenderer pdf;
	private final MessageSource messages;
	private final Clock clock;

	DataExport(BilanLists lists, BilanViews views, AssessmentAccess access, ContentRegistry registry, PdfRenderer pdf,
			MessageSource messages, Clock clock) {
		this.lists = lists;
		this.views = views;
		this.access = access;
		this.registry = registry;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every bilan of the worker, opened for the export (each opening audited). */
	List<ExportedBilan> bilansOf(CurrentUser worker, Locale locale) {
		return lists.ofWorker(worker.id().value()).stream().map(bilan -> export(worker, bilan.id(), locale)).toList();
	}

	/** The ZIP the worker downloads: {@code bilan-<date>-<id>.json} per bilan and {@code balise-summary.pdf}. */
	byte[] zip(CurrentUser worker, Locale locale) {
		Instant now = clock.instant();
		List<ExportedBilan> bilans = bilansOf(worker, locale);
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (ExportedBilan bilan : bilans) {
				add(zip, "bilan-" + bilan.createdAt().toString().substring(0, 10) + "-" + bilan.id().substring(0, 8) + ".json",
						JSON.writeValueAsBytes(json(worker, now, bilan)));
			}
			add(zip, "balise-summary.pdf", summary(worker, locale, now, bilans));
		} catch (IOException e) {
			throw new UncheckedIOException("The export could not be written", e);
		}
		return bytes.toByteArray();
	}

	private ExportedBilan export(CurrentUser worker, BilanId id, Locale locale) {
		access.requireRelation(worker, id, Role.WORKER);
		// The access matrix has no part for "the whole file"; the worker relation was required just above.
		access.readContent(worker, id, BilanPart.ADMINISTRATION, OBJECT_KIND, id.value(), "worker's data export");
		BilanView view = views.view(worker, id, locale);
		BilanSummary bilan = view.bilan();
		var history = view.history().stream().map(entry -> new ExportedBilan.Step(entry.at(), entry.kind().name(),
				entry.to(), view.nameOf(entry.actor().accountId()), entry.actor().role().name(), entry.reason())).toList();
		return new ExportedBilan(id.toString(), view.schemeName(), bilan.state(), bilan.createdAt(), bilan.finalAt(),
				view.operatorName(), view.nameOf(bilan.counsellorId()), history, registry.export(id));
	}

	private static Map<String, Object> json(CurrentUser worker, Instant now, ExportedBilan bilan) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("name", worker.displayName());
		person.put("email", worker.email());
		person.put("language", worker.locale().getLanguage());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("exportedAt", now.toString());
		json.put("person", person);
		json.put("bilan", bilan.asJson());
		return json;
	}

	private byte[] summary(CurrentUser worker, Locale locale, Instant now, List<ExportedBilan> bilans) {
		var ctx = new PageContext(messages, locale, null, worker, "");
		return pdf.renderTemplate("privacy/export-pdf.jte", Map.of("ctx", ctx, "worker", worker, "exportedAt", now,
				"bilans", bilans));
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}

package be.balise.instruments;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.crypto.KeyScope;
import be.balise.files.FileContent;
import be.balise.files.FileStore;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External tests: the counsellor records a test taken elsewhere (name, publisher, version, date, administrator,
 * scores or code, the report as a file) and writes the shared reading; the worker reads them and downloads the
 * report. Never their items or keys. Every read is audited.
 */
@Service
@Transactional
public class ExternalTestService {

	static final String KIND = "instruments.external-test";
	static final String PURPOSE = "instruments.external-test";

	private final ExternalTests tests;
	private final FileStore files;
	private final AssessmentAccess access;
	private final Clock clock;

	ExternalTestService(ExternalTests tests, FileStore files, AssessmentAccess access, Clock clock) {
		this.tests = tests;
		this.files = files;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.INSTRUMENTS, AccessMode.READ);
	}

	public List<ExternalTest> list(CurrentUser reader, BilanId bilan) {
		requireReadable(reader, bilan);
		List<ExternalTest> found = tests.list(bilan.value());
		found.forEach(test -> access.readContent(reader, bilan, BilanPart.INSTRUMENTS, KIND, test.id(), "external tests"));
		return found;
	}

	/**
	 * Records a test with its report when one is given; throws {@code UploadRefusedException} when the file store
	 * refuses the report (then nothing is recorded).
	 */
	public UUID add(CurrentUser counsellor, BilanId bilan, ExternalTestForm form, String reportName, InputStream report) {
		requireCounsellor(counsellor, bilan);
		UUID file = report == null ? null : files.store(KeyScope.bilan(bilan.value()), PURPOSE, reportName, report).id();
		return tests.add(bilan.value(), form, file, counsellor.id().value(), clock.instant());
	}

	public boolean writeReading(CurrentUser counsellor, BilanId bilan, UUID test, String text) {
		requireCounsellor(counsellor, bilan);
		return tests.saveReading(bilan.value(), test, text.strip());
	}

	public boolean delete(CurrentUser counsellor, BilanId bilan, UUID test) {
		requireCounsellor(counsellor, bilan);
		tests.reportOf(bilan.value(), test).ifPresent(file -> files.delete(KeyScope.bilan(bilan.value()), file));
		return tests.delete(bilan.value(), test);
	}

	/** The report's bytes, after the audit row of this download is written. */
	public FileContent report(CurrentUser reader, BilanId bilan, UUID test) {
		requireReadable(reader, bilan);
		UUID file = tests.reportOf(bilan.value(), test).orElseThrow(BilanNotFound::new);
		access.readContent(reader, bilan, BilanPart.INSTRUMENTS, KIND, test, "download external test report");
		return files.read(KeyScope.bilan(bilan.value()), file).orElseThrow(BilanNotFound::new);
	}

	public boolean editable(CurrentUser user, BilanSummary bilan) {
		return !bilan.state().isFinal() && access.actingRole(user, bilan).filter(Role.COUNSELLOR::equals).isPresent();
	}

	private void requireCounsellor(CurrentUser counsellor, BilanId bilan) {
		BilanSummary summary = access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		if (summary.state().isFinal()) {
			throw new BilanNotFound();
		}
	}
}

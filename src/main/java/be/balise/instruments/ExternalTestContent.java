package be.balise.instruments;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import be.balise.crypto.KeyScope;
import be.balise.files.FileStore;
import org.springframework.stereotype.Component;

/** External test records are content: exported with their report, destroyed with the report's file. */
@Component
class ExternalTestContent implements BilanContent {

	private final ExternalTests tests;
	private final FileStore files;

	ExternalTestContent(ExternalTests tests, FileStore files) {
		this.tests = tests;
		this.files = files;
	}

	@Override
	public String kind() {
		return ExternalTestService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(ExternalTests.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		KeyScope scope = KeyScope.bilan(bilan.value());
		return tests.list(bilan.value()).stream().map(test -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("takenOn", test.takenOn().toString());
			row.put("name", test.name());
			row.put("publisher", test.publisher());
			row.put("version", test.testVersion());
			row.put("administrator", test.administrator());
			row.put("scores", test.scores());
			row.put("sharedReading", test.sharedReading());
			if (test.reportFile() != null) {
				files.read(scope, test.reportFile()).ifPresent(file -> {
					row.put("reportName", file.name());
					row.put("reportBase64", Base64.getEncoder().encodeToString(file.bytes()));
				});
			}
			return (Map<String, Object>) row;
		}).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		KeyScope scope = KeyScope.bilan(bilan.value());
		tests.reports(bilan.value()).forEach(file -> files.delete(scope, file));
		tests.deleteAll(bilan.value());
	}
}

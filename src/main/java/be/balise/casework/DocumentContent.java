package be.balise.casework;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import be.balise.crypto.KeyScope;
import be.balise.files.FileStore;
import org.springframework.stereotype.Component;

/** Documents are content: exported with their bytes, destroyed with the files of the store. */
@Component
class DocumentContent implements BilanContent {

	private final Documents documents;
	private final FileStore files;

	DocumentContent(Documents documents, FileStore files) {
		this.documents = documents;
		this.files = files;
	}

	@Override
	public String kind() {
		return DocumentService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Documents.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		KeyScope scope = KeyScope.bilan(bilan.value());
		return documents.ids(bilan.value()).stream().flatMap(id -> files.read(scope, id).stream())
				.map(file -> Map.<String, Object>of("name", file.name(), "mediaType", file.mediaType().toString(),
						"base64", Base64.getEncoder().encodeToString(file.bytes())))
				.toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		KeyScope scope = KeyScope.bilan(bilan.value());
		documents.ids(bilan.value()).forEach(id -> files.delete(scope, id));
		documents.deleteAll(bilan.value());
	}
}

package be.balise.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** Session notes are content: the worker receives them in their export, and they go with the bilan's content. */
@Component
class NoteContent implements BilanContent {

	private final Notes notes;

	NoteContent(Notes notes) {
		this.notes = notes;
	}

	@Override
	public String kind() {
		return NoteService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Notes.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return notes.open(bilan.value()).stream()
				.map(note -> Map.<String, Object>of("writtenAt", note.writtenAt().toString(), "text", note.markdown())).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		notes.deleteAll(bilan.value());
	}
}

package be.balise.reference;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A lexicon scheme as a fund officer edits it: its attributes, its texts per language, the version it started from. */
public class SchemeForm {

	private int version;
	@NotEmpty(message = "reference.error.parties")
	private Set<Party> initiators = EnumSet.noneOf(Party.class);
	@NotEmpty(message = "reference.error.parties")
	private Set<Party> resultsTo = EnumSet.noneOf(Party.class);
	private boolean employerInvolved;
	@NotNull(message = "reference.error.purpose")
	private Purpose purpose;
	private Map<String, @Valid SchemeTextForm> texts = new LinkedHashMap<>();

	public SchemeForm() {
		ReferenceLanguages.ALL.forEach(language -> texts.put(language, new SchemeTextForm()));
	}

	static SchemeForm of(LexiconScheme scheme) {
		var form = new SchemeForm();
		form.version = scheme.version();
		form.initiators = EnumSet.copyOf(scheme.initiators());
		form.resultsTo = EnumSet.copyOf(scheme.resultsTo());
		form.employerInvolved = scheme.employerInvolved();
		form.purpose = scheme.purpose();
		ReferenceLanguages.ALL.forEach(language -> form.texts.put(language, SchemeTextForm.of(scheme.text(language))));
		return form;
	}

	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
	public Set<Party> getInitiators() { return initiators; }
	public void setInitiators(Set<Party> initiators) { this.initiators = initiators == null ? EnumSet.noneOf(Party.class) : initiators; }
	public Set<Party> getResultsTo() { return resultsTo; }
	public void setResultsTo(Set<Party> resultsTo) { this.resultsTo = resultsTo == null ? EnumSet.noneOf(Party.class) : resultsTo; }
	public boolean isEmployerInvolved() { return employerInvolved; }
	public void setEmployerInvolved(boolean employerInvolved) { this.employerInvolved = employerInvolved; }
	public Purpose getPurpose() { return purpose; }
	public void setPurpose(Purpose purpose) { this.purpose = purpose; }
	public Map<String, SchemeTextForm> getTexts() { return texts; }
	public void setTexts(Map<String, SchemeTextForm> texts) { this.texts = texts; }

	public SchemeTextForm text(String language) {
		return texts.computeIfAbsent(language, key -> new SchemeTextForm());
	}

	Map<String, LexiconText> lexiconTexts() {
		Map<String, LexiconText> result = new LinkedHashMap<>();
		ReferenceLanguages.ALL.forEach(language -> result.put(language, text(language).toText()));
		return result;
	}
}

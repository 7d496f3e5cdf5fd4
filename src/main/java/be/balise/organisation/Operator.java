package be.balise.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An operator (organisme de bilan): the organisation whose counsellors conduct bilans. */
public record Operator(OperatorId id, String name, Set<Region> regions, Set<Language> languages, Set<Modality> modalities,
		int capacity, String contactEmail, String contactPhone) {

	public Operator {
		regions = Set.copyOf(regions);
		languages = Set.copyOf(languages);
		modalities = Set.copyOf(modalities);
	}

	/** The regions in a stable order, for display. */
	public List<Region> sortedRegions() {
		return Arrays.stream(Region.values()).filter(regions::contains).toList();
	}

	public List<Language> sortedLanguages() {
		return Arrays.stream(Language.values()).filter(languages::contains).toList();
	}

	public List<Modality> sortedModalities() {
		return Arrays.stream(Modality.values()).filter(modalities::contains).toList();
	}
}

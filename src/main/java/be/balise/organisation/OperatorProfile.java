package be.balise.organisation;

import java.util.Objects;
import java.util.Set;

/**
 * What the platform admin enters when creating an operator: its name, where and how it works, how many
 * open bilans it can take ({@code capacity}) and how workers reach it.
 */
public record OperatorProfile(String name, Set<Region> regions, Set<Language> languages, Set<Modality> modalities,
		int capacity, String contactEmail, String contactPhone) {

	public OperatorProfile {
		Objects.requireNonNull(name, "name");
		regions = Set.copyOf(regions);
		languages = Set.copyOf(languages);
		modalities = Set.copyOf(modalities);
		Objects.requireNonNull(contactEmail, "contactEmail");
		contactPhone = contactPhone == null ? "" : contactPhone;
	}
}

package be.balise.assessment;

import be.balise.organisation.Language;
import be.balise.organisation.Modality;
import be.balise.organisation.Operator;
import be.balise.organisation.Region;

/** The worker's filters on the operators offered: each one empty (null) or a value of the operator profile. */
public record OperatorFilter(Region region, Language language, Modality modality) {

	public static final OperatorFilter NONE = new OperatorFilter(null, null, null);

	/** The filters as a query string sends them; an unknown value is no filter. */
	public static OperatorFilter of(String region, String language, String modality) {
		return new OperatorFilter(parse(Region.class, region), parse(Language.class, language), parse(Modality.class, modality));
	}

	public boolean accepts(Operator operator) {
		return (region == null || operator.regions().contains(region))
				&& (language == null || operator.languages().contains(language))
				&& (modality == null || operator.modalities().contains(modality));
	}

	public boolean any() {
		return region != null || language != null || modality != null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		} catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}

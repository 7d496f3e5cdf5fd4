package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import be.balise.organisation.Language;
import be.balise.organisation.Modality;
import be.balise.organisation.Operator;
import be.balise.organisation.OperatorId;
import be.balise.organisation.Region;
import org.junit.jupiter.api.Test;

/** The worker's filters on operators, and the free capacity a suggestion shows. */
class OperatorFilterTest {

	static final Operator BRUSSELS_BILINGUAL = new Operator(OperatorId.random(), "Bilingue", Set.of(Region.BRUSSELS),
			Set.of(Language.FR, Language.NL), Set.of(Modality.IN_PERSON, Modality.REMOTE), 10, "a@b.be", "");

	@Test
	void eachFilterNarrowsAndAnUnknownValueIsNoFilter() {
		assertThat(OperatorFilter.NONE.accepts(BRUSSELS_BILINGUAL)).isTrue();
		assertThat(OperatorFilter.of("BRUSSELS", "NL", "REMOTE").accepts(BRUSSELS_BILINGUAL)).isTrue();
		assertThat(OperatorFilter.of("WALLONIA", null, null).accepts(BRUSSELS_BILINGUAL)).isFalse();
		assertThat(OperatorFilter.of(null, "DE", null).accepts(BRUSSELS_BILINGUAL)).isFalse();
		assertThat(OperatorFilter.of("<script>", " ", "TELEPATHY")).isEqualTo(OperatorFilter.NONE);
	}

	@Test
	void aCounsellorOverTheirCapacityHasNoFreePlaceRatherThanANegativeOne() {
		assertThat(new CounsellorSuggestion(java.util.UUID.randomUUID(), "x", 3, 5, true).free()).isZero();
		assertThat(new CounsellorSuggestion(java.util.UUID.randomUUID(), "x", 3, 1, true).free()).isEqualTo(2);
	}
}

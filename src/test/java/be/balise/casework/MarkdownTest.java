package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;

import be.balise.web.Markdown;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Markdown subset of session notes: the formatting people use, and nothing that runs (SECURITY.md D9). */
class MarkdownTest {

	@Test
	void rendersTheSubsetCounsellorsUse() {
		String html = Markdown.toHtml("""
				# Entretien
				Parle de **son métier** et de *ses envies*.
				Deuxième ligne avec `code`.

				- une piste
				- une autre

				1. appeler
				2. lire [la fiche](https://www.example.org/metier?id=1&x=2)""");

		assertThat(html).isEqualTo("<h3>Entretien</h3>"
				+ "<p>Parle de <strong>son métier</strong> et de <em>ses envies</em>.<br>Deuxième ligne avec <code>code</code>.</p>"
				+ "<ul><li>une piste</li><li>une autre</li></ul>"
				+ "<ol><li>appeler</li><li>lire <a href=\"https://www.example.org/metier?id=1&amp;x=2\" rel=\"noopener noreferrer nofollow\">la fiche</a></li></ol>");
	}

	@Test
	void keepsUnderscoresInWordsAndAddressesAsTheyAre() {
		assertThat(Markdown.toHtml("snake_case_name [x](https://example.org/_a_)"))
				.isEqualTo("<p>snake_case_name <a href=\"https://example.org/_a_\" rel=\"noopener noreferrer nofollow\">x</a></p>");
	}

	@Test
	void leavesLinksToOtherSchemesAsPlainText() {
		assertThat(Markdown.toHtml("[clic](javascript:alert(1))")).isEqualTo("<p>[clic](javascript:alert(1))</p>");
	}

	@Tag("balises-D9")
	@ParameterizedTest
	@FieldSource("be.balise.casework.XssPayloads#CORPUS")
	void rendersEveryPayloadOfTheCorpusInert(String payload) {
		String html = Markdown.toHtml(payload + "\n\n- " + payload + "\n\n**" + payload + "** [" + payload + "](https://example.org)");

		assertThat(XssPayloads.forbiddenTags(html)).as(html).isEmpty();
		assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data");
	}
}

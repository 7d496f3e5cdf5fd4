package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.balise.demo.MailText.Piece;
import org.junit.jupiter.api.Test;

class MailTextTest {

	@Test
	void turnsWebAddressesIntoLinksAndLeavesTrailingPunctuationOut() {
		MailText text = MailText.of("Bonjour,\nOuvrez https://demo.balise.be/i/abc. Ou (http://x.be/y).");

		assertThat(text.lines()).containsExactly(
				List.of(new Piece("Bonjour,", false)),
				List.of(new Piece("Ouvrez ", false), new Piece("https://demo.balise.be/i/abc", true),
						new Piece(". Ou (", false), new Piece("http://x.be/y", true), new Piece(").", false)));
	}

	@Test
	void linksNothingButWebAddresses() {
		MailText text = MailText.of("javascript:alert(1) mailto:a@b.be ftp://x.be");

		assertThat(text.lines()).containsExactly(List.of(new Piece("javascript:alert(1) mailto:a@b.be ftp://x.be", false)));
	}

	@Test
	void keepsEmptyLines() {
		assertThat(MailText.of("a\n\nb").lines()).containsExactly(List.of(new Piece("a", false)), List.of(),
				List.of(new Piece("b", false)));
	}
}

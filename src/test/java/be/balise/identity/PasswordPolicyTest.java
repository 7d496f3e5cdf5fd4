package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.balise.identity.PasswordPolicy.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SECURITY.md S2 by example: what is refused, and that long plain passphrases are welcome. */
class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = {"Password1234", "password123456", "P@ssw0rd2024!", "motdepasse123", "Wachtwoord2025",
			"iloveyou1234", "qwertyuiop123", "azertyuiop!!", "1qaz2wsx3edc", "123456789012", "abcdefghijklmn",
			"0987654321098", "zyxwvutsrqpo", "sunshineflower", "Bruxelles2024", "balise-demo-2026", "  Letmein!!2026  ",
			"correct horse battery staple"})
	void refusesCommonPasswordsAndTheirUsualVariants(String password) {
		assertThat(policy.violations(password, "someone@example.be")).containsExactly(Rule.COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "            ", "abcabcabcabc", "xyz1xyz1xyz1", "€€€€€€€€€€€€"})
	void refusesRepetitions(String password) {
		assertThat(policy.violations(password, "someone@example.be")).containsExactly(Rule.REPETITIVE);
	}

	@Test
	void refusesTheAddressOfTheAccountInAnyCase() {
		assertThat(policy.violations("Jeanne.Dupont@Example.be", "jeanne.dupont@example.be")).contains(Rule.EMAIL);
		assertThat(policy.violations("jeanne.dupont2024!", "jeanne.dupont@example.be")).contains(Rule.EMAIL);
		assertThat(policy.violations("jeanne.dupont2024!", "marc@example.be")).doesNotContain(Rule.EMAIL);
	}

	@Test
	void countsCharactersNotBytesNorUtf16Units() {
		String elevenEmoji = "🌊🌲🔥🌙⭐🍀🌈🎈🎵🐝🦋";
		assertThat(policy.violations(elevenEmoji, null)).containsExactly(Rule.TOO_SHORT);
		assertThat(policy.violations(elevenEmoji + "🐢", null)).isEmpty();
		String varied = "une phrase assez longue, ";
		assertThat(policy.violations(varied.repeat(5) + "fin", null)).isEmpty();
		assertThat(policy.violations(varied.repeat(5) + "finé", null)).containsExactly(Rule.TOO_LONG);
	}

	@Test
	void readsComposedAndDecomposedAccentsAsOneCharacter() {
		String decomposed = "e\u0301te\u0301 a\u0300 la plage";
		assertThat(PasswordPolicy.normalize(decomposed)).isEqualTo("été à la plage");
		assertThat(policy.violations(decomposed, null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"la tortue traverse lentement", "mon vélo est bleu et rapide", "ik fiets graag naar zee",
			"12 chaises autour de la table", "zjx8 qmv2 plok", "Δοκιμή κωδικού πρόσβασης", "我的密码很长也很安全吧对吗"})
	void acceptsPassphrasesWithoutAskingForDigitsCapitalsOrSymbols(String password) {
		assertThat(policy.violations(password, "someone@example.be")).isEmpty();
	}
}

package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import be.balise.identity.PasswordPolicy.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SECURITY.md S2 as properties over generated passwords: the length rule counts Unicode characters, any kind
 * of character is accepted, no composition is required, and known weak passwords are refused however typed.
 */
class PasswordPolicyPropertiesTest {

	private static final String EMAIL = "someone@example.be";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Property(tries = 500)
	void theLengthRuleCountsUnicodeCodePoints(@ForAll("anyUnicode") String password) {
		int length = PasswordPolicy.normalize(password).codePointCount(0, PasswordPolicy.normalize(password).length());
		Set<Rule> broken = policy.violations(password, EMAIL);

		assertThat(broken.contains(Rule.TOO_SHORT)).isEqualTo(length < 12);
		assertThat(broken.contains(Rule.TOO_LONG)).isEqualTo(length > 128);
	}

	@Property(tries = 1000)
	void passwordsOfRandomCharactersOfAnySingleKindAreAccepted(@ForAll("randomOfOneKind") String password) {
		assertThat(policy.violations(password, EMAIL)).isEmpty();
	}

	@Property(tries = 300)
	void commonPasswordsAreRefusedInAnyLetterCaseAndSpacing(@ForAll("commonPasswordsRetyped") String password) {
		assertThat(policy.violations(password, EMAIL)).contains(Rule.COMMON);
	}

	@Property(tries = 300)
	void oneCharacterRepeatedIsRefusedWhateverTheCharacter(@ForAll("anyCodePoint") int codePoint,
			@ForAll @IntRange(min = 12, max = 128) int times) {
		String password = Character.toString(codePoint).repeat(times);
		assertThat(policy.violations(password, EMAIL)).contains(Rule.REPETITIVE);
	}

	@Property(tries = 200)
	void theAccountsOwnAddressIsRefused(@ForAll("emails") String email) {
		assertThat(policy.violations(email.toUpperCase(), email)).contains(Rule.EMAIL);
	}

	@Provide
	Arbitrary<String> anyUnicode() {
		return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(200)
				.filter(s -> s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE));
	}

	@Provide
	Arbitrary<Integer> anyCodePoint() {
		return Arbitraries.integers().between(0x20, 0x2FFFF)
				.filter(cp -> Character.isDefined(cp) && !Character.isWhitespace(cp) && !Character.isSurrogate((char) (int) cp)
						&& PasswordPolicy.normalize(Character.toString(cp)).codePointCount(0,
								PasswordPolicy.normalize(Character.toString(cp)).length()) == 1);
	}

	/** Random characters all drawn from one kind: only lower-case letters, only digits, only emoji, only CJK... */
	@Provide
	Arbitrary<String> randomOfOneKind() {
		List<Arbitrary<Character>> kinds = List.of(
				Arbitraries.chars().range('a', 'z'),
				Arbitraries.chars().range('0', '9'),
				Arbitraries.chars().range('A', 'Z'),
				Arbitraries.chars().with("abcdefghijklmnopqrstuvwxyz     "),
				Arbitraries.chars().with("àâäçéèêëîïôöùûüÿœæ"),
				Arbitraries.chars().range('\u4E00', '\u9FA5'),
				Arbitraries.chars().range('\u0391', '\u03A9').filter(Character::isLetter),
				Arbitraries.chars().with("!#$%&()*+,-./:;<=>?@[]^_{|}~"));
		Arbitrary<String> oneKind = Arbitraries.of(kinds).flatMap(kind -> kind.list().ofMinSize(12).ofMaxSize(128)
				.map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat)));
		return Combinators.combine(oneKind, Arbitraries.of("", "🌊", "🦋🐝"))
				.as((text, emoji) -> text + emoji)
				.filter(s -> s.codePointCount(0, s.length()) <= 128)
				.filter(s -> s.strip().codePoints().distinct().count() >= 8);
	}

	@Provide
	Arbitrary<String> commonPasswordsRetyped() {
		Arbitrary<String> known = Arbitraries.of("password1234", "iloveyou1234", "qwertyuiop123", "motdepasse123",
				"wachtwoord1234", "1q2w3e4r5t6y", "azertyuiop123", "welcome12345", "football1234", "sunshine2024");
		return Combinators.combine(known, Arbitraries.integers().between(0, Integer.MAX_VALUE),
				Arbitraries.of("", " ", "  "))
				.as((word, bits, space) -> {
					var typed = new StringBuilder();
					for (int i = 0; i < word.length(); i++) {
						char c = word.charAt(i);
						typed.append((bits >> (i % 31) & 1) == 1 ? Character.toUpperCase(c) : c);
						if (i % 4 == 3) {
							typed.append(space);
						}
					}
					return typed.toString();
				});
	}

	@Provide
	Arbitrary<String> emails() {
		Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(6).ofMaxLength(20);
		Arbitrary<String> domain = Arbitraries.of("example.be", "test.balise.be", "mail.example.org");
		return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
	}
}

package be.balise.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of SECURITY.md S2: 12 to 128 characters of any kind, no composition rules, and
 * nothing easy to guess (a known common password, a common word with digits or symbols around it, a
 * keyboard or alphabet run, a repetition, the person's own address). Lengths count Unicode code points
 * of the NFKC form, the same form that is hashed.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

	/** Each rule a password can break; each has its own message. */
	enum Rule {
		TOO_SHORT("identity.password.rule.tooShort"),
		TOO_LONG("identity.password.rule.tooLong"),
		COMMON("identity.password.rule.common"),
		REPETITIVE("identity.password.rule.repetitive"),
		EMAIL("identity.password.rule.email");

		final String messageKey;

		Rule(String messageKey) {
			this.messageKey = messageKey;
		}
	}

	private static final List<String> RUNS = List.of(
			"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
			"qwertzuiopasdfghjklyxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p",
			"1a2z3e4r5t6y7u8i9o0p", "qazwsxedcrfvtgbyhnujmikolp", "azqswxdecfrvgtbhynjukilomp", "zaq1xsw2cde3vfr4bgt5");

	private final Set<String> commonPasswords;
	private final Set<String> commonWords;

	PasswordPolicy() {
		this.commonPasswords = load("identity/common-passwords.txt");
		this.commonWords = load("identity/common-words.txt");
	}

	/** The form in which passwords are checked and hashed, so that the same keys typed anywhere give one password. */
	static String normalize(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	/** The rules this password breaks, in a stable order; empty when it is accepted. */
	Set<Rule> violations(String password, String email) {
		String normalized = normalize(password == null ? "" : password);
		Set<Rule> broken = EnumSet.noneOf(Rule.class);
		int length = normalized.codePointCount(0, normalized.length());
		if (length < MIN_LENGTH) {
			broken.add(Rule.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			broken.add(Rule.TOO_LONG);
		}
		String folded = fold(normalized);
		if (isRepetitive(folded)) {
			broken.add(Rule.REPETITIVE);
		} else if (isCommon(folded)) {
			broken.add(Rule.COMMON);
		}
		if (isEmail(folded, email)) {
			broken.add(Rule.EMAIL);
		}
		return broken;
	}

	/** Lower case without white space: "Pass Word" and "password" are one guess for an attacker. */
	private static String fold(String normalized) {
		return normalized.toLowerCase(Locale.ROOT).codePoints().filter(cp -> !Character.isWhitespace(cp))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
	}

	/** Fewer than four different characters, or one short unit typed three times or more. */
	private static boolean isRepetitive(String folded) {
		int[] codePoints = folded.codePoints().toArray();
		if (folded.codePoints().distinct().count() < 4) {
			return true;
		}
		for (int period = 1; period <= codePoints.length / 3; period++) {
			if (codePoints.length % period == 0 && periodic(codePoints, period)) {
				return true;
			}
		}
		return false;
	}

	private static boolean periodic(int[] codePoints, int period) {
		for (int i = period; i < codePoints.length; i++) {
			if (codePoints[i] != codePoints[i - period]) {
				return false;
			}
		}
		return true;
	}

	private boolean isCommon(String folded) {
		if (commonPasswords.contains(folded) || isRun(folded)) {
			return true;
		}
		String core = stripDigitsAndSymbols(folded);
		if (core.isEmpty()) {
			return false;
		}
		return isRun(core) || fewCommonWords(core) || fewCommonWords(unleet(core, 'i')) || fewCommonWords(unleet(core, 'l'));
	}

	/** A stretch of a keyboard row, the alphabet or the digits, forwards or backwards, wrapping round. */
	private static boolean isRun(String folded) {
		return !folded.isEmpty() && RUNS.stream().anyMatch(run -> follows(folded, run, 1) || follows(folded, run, -1));
	}

	private static boolean follows(String folded, String run, int step) {
		int position = run.indexOf(folded.charAt(0));
		if (position < 0) {
			return false;
		}
		for (int i = 1; i < folded.length(); i++) {
			position = Math.floorMod(position + step, run.length());
			if (folded.charAt(i) != run.charAt(position)) {
				return false;
			}
		}
		return true;
	}

	/** The letters between leading and trailing digits and symbols: "Password123!" becomes "password". */
	private static String stripDigitsAndSymbols(String folded) {
		int start = 0;
		int end = folded.length();
		while (start < end && !Character.isLetter(folded.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(folded.charAt(end - 1))) {
			end--;
		}
		return folded.substring(start, end);
	}

	/** Reads digits and symbols that stand for letters as those letters: "p@ssw0rd" is "password". */
	private static String unleet(String core, char one) {
		var letters = new StringBuilder(core.length());
		for (char c : core.toCharArray()) {
			letters.append(switch (c) {
				case '0' -> 'o';
				case '1', '!' -> one;
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return letters.toString();
	}

	/** One or two words of the common list end to end ("iloveyou", "sunshineflower"). */
	private boolean fewCommonWords(String core) {
		if (commonWords.contains(core)) {
			return true;
		}
		for (int split = 1; split < core.length(); split++) {
			if (commonWords.contains(core.substring(0, split)) && commonWords.contains(core.substring(split))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isEmail(String folded, String email) {
		String address = EmailAddress.normalize(email);
		if (address.isEmpty()) {
			return false;
		}
		int at = address.indexOf('@');
		String local = at > 0 ? address.substring(0, at) : address;
		String localCore = stripDigitsAndSymbols(local);
		return folded.contains(address) || folded.equals(local)
				|| (!localCore.isEmpty() && stripDigitsAndSymbols(folded).equals(localCore));
	}

	private static Set<String> load(String resource) {
		try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> fold(normalize(line))).collect(Collectors.toUnmodifiableSet());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}
}

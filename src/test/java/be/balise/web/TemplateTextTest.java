package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No literal user-visible text in templates: every word a reader sees comes from the message bundles, so that
 * every page exists in French, Dutch and English (FIDELITY.md C1: the worker's language choice).
 */
@Tag("balises-C1")
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src", "main", "jte");

	@Test
	void noTemplateHoldsLiteralText() throws IOException {
		List<String> found = new ArrayList<>();
		int templates = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".jte")).sorted().toList()) {
				templates++;
				TemplateText.literalsIn(Files.readString(file, StandardCharsets.UTF_8))
						.forEach(literal -> found.add(TEMPLATES.relativize(file) + " " + literal));
			}
		}

		assertThat(templates).isPositive();
		assertThat(found).as("literal text in templates: use ${ctx.t(\"module.key\")} and add the key to the three bundles")
				.isEmpty();
	}

	@Test
	void findsLiteralTextBetweenTagsAndInVisibleAttributes() {
		String template = """
				@import be.balise.web.PageContext
				@param PageContext ctx
				<%-- a comment with words --%>
				<!-- an HTML comment with words -->
				@template.layout.page(ctx = ctx, title = ctx.t("x.title"), content = @`
				  <h1>Bonjour</h1>
				  <p>${ctx.t("x.text")} · Balise</p>
				  @if(ctx.signedIn())<span>${ctx.t("x.in")}</span>@else<span>Anonymous</span>@endif
				  <input type="text" placeholder="Votre nom" value="${ctx.t("x.value")}">
				  <input type="submit" value="Envoyer">
				  <img src="/a.png" alt="${ctx.t("x.alt")}"><a title="Help" href="/help">${ctx.t("x.help")}</a>
				  <button type="submit" aria-label="${ctx.t("x.close")}">&times;</button>
				  !{String kind = "words in code";}
				`)
				""";

		assertThat(TemplateText.literalsIn(template)).extracting(literal -> literal.text().strip())
				.containsExactly("Bonjour", "Anonymous", "Votre nom", "Envoyer", "Help");
		assertThat(TemplateText.literalsIn(template).get(0).line()).isEqualTo(6);
	}
}

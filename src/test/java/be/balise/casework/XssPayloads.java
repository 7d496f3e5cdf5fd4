package be.balise.casework;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of cross-site scripting payloads (classic OWASP filter-evasion shapes, plus Markdown-specific ones),
 * and the check that rendered HTML holds only the tags and attributes {@link be.balise.web.Markdown} may produce.
 */
final class XssPayloads {

	static final List<String> CORPUS = List.of(
			"<script>alert(1)</script>",
			"<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>",
			"<svg/onload=alert(1)>",
			"<iframe src=\"javascript:alert(1)\"></iframe>",
			"<a href=\"javascript:alert(1)\">clic</a>",
			"[clic](javascript:alert(1))",
			"[clic](JaVaScRiPt:alert(1))",
			"[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"[clic](https://example.org/\"onmouseover=\"alert(1))",
			"[clic](https://example.org/' onmouseover='alert(1))",
			"[x](https://example.org/a_b_*c*_)",
			"![image](https://example.org/x.png\" onerror=\"alert(1))",
			"<body onload=alert(1)>",
			"<div style=\"background:url(javascript:alert(1))\">",
			"\"><script>alert(1)</script>",
			"'><img src=x onerror=alert(1)>",
			"<<script>alert(1)//<</script>",
			"<scr<script>ipt>alert(1)</scr</script>ipt>",
			"&lt;script&gt;alert(1)&lt;/script&gt;",
			"&#60;script&#62;alert(1)&#60;/script&#62;",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
			"<details open ontoggle=alert(1)>",
			"<object data=\"javascript:alert(1)\">",
			"<embed src=\"javascript:alert(1)\">",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<style>@import 'javascript:alert(1)';</style>",
			"<base href=\"javascript:alert(1)//\">",
			"`<script>alert(1)</script>`",
			"**<img src=x onerror=alert(1)>**",
			"*<svg onload=alert(1)>*",
			"# <script>alert(1)</script>",
			"- <iframe src=//xss.example>",
			"1. <img src=x onerror=alert(1)>",
			"<!--<script>alert(1)</script>-->",
			"<![CDATA[<script>alert(1)</script>]]>",
			"${7*7} @{x} {{7*7}}",
			"\u0000<script>alert(1)</script>",
			"<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
			"[<img src=x onerror=alert(1)>](https://example.org)",
			"javascript:alert(document.cookie)");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	private static final Pattern ALLOWED_TAG = Pattern.compile(
			"</?(p|br|strong|em|code|ul|ol|li|h3|h4)>|</a>|<a href=\"https?://[^\"<>\\s]+\" rel=\"noopener noreferrer nofollow\">");

	private XssPayloads() {
	}

	/** The tags in {@code html} that {@link be.balise.web.Markdown} may not produce (none, for inert output). */
	static List<String> forbiddenTags(String html) {
		Matcher matcher = TAG.matcher(html);
		List<String> forbidden = new java.util.ArrayList<>();
		while (matcher.find()) {
			if (!ALLOWED_TAG.matcher(matcher.group()).matches()) {
				forbidden.add(matcher.group());
			}
		}
		return forbidden;
	}
}

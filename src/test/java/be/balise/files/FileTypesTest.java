package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FileTypesTest {

	@Test
	void recognisesEveryAcceptedKindFromItsContent() {
		assertThat(FileTypes.detect(SampleFiles.pdf())).contains(FileType.PDF);
		assertThat(FileTypes.detect(SampleFiles.image("png"))).contains(FileType.PNG);
		assertThat(FileTypes.detect(SampleFiles.image("jpg"))).contains(FileType.JPEG);
		assertThat(FileTypes.detect(SampleFiles.image("gif"))).contains(FileType.GIF);
		assertThat(FileTypes.detect(SampleFiles.webp())).contains(FileType.WEBP);
		assertThat(FileTypes.detect(SampleFiles.docx())).contains(FileType.DOCX);
		assertThat(FileTypes.detect(SampleFiles.xlsx())).contains(FileType.XLSX);
		assertThat(FileTypes.detect(SampleFiles.pptx())).contains(FileType.PPTX);
		assertThat(FileTypes.detect(SampleFiles.odt())).contains(FileType.ODT);
		assertThat(FileTypes.detect(SampleFiles.text())).contains(FileType.TEXT);
	}

	@Test
	void refusesMarkupAndProgramsWhateverTheyAreCalled() {
		assertThat(FileTypes.detect(SampleFiles.html())).isEmpty();
		assertThat(FileTypes.detect(utf8("  \n<svg onload=\"alert(1)\"></svg>"))).isEmpty();
		assertThat(FileTypes.detect(utf8("Bonjour,\nvoici mon texte <script src=//evil.example></script>"))).isEmpty();
		assertThat(FileTypes.detect(SampleFiles.windowsProgram())).isEmpty();
		assertThat(FileTypes.detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEmpty();
		assertThat(FileTypes.detect(utf8("Bonjour,\nvoici mon texte < 3 pages."))).isPresent();
	}

	@Test
	void refusesArchivesThatAreNotOfficeDocumentsOrThatCarryMacros() {
		assertThat(FileTypes.detect(SampleFiles.plainZip())).isEmpty();
		assertThat(FileTypes.detect(SampleFiles.docxWithMacros())).isEmpty();
		assertThat(FileTypes.detect(SampleFiles.docx())).isPresent();
	}

	@Test
	void refusesTruncatedArchives() {
		byte[] docx = SampleFiles.docx();

		assertThat(FileTypes.detect(Arrays.copyOf(docx, docx.length - 10))).isEmpty();
		assertThat(FileTypes.detect(docx)).isPresent();
	}

	@Test
	void refusesTextThatIsNotUtf8OrCarriesControlCharacters() {
		assertThat(FileTypes.detect("élève".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileTypes.detect(utf8("texte\u0000binaire"))).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
		assertThat(FileTypes.detect(utf8("\uFEFFélève\ttab\r\n"))).contains(FileType.TEXT);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}

package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.springframework.util.unit.DataSize;

/** R7: whatever bytes and names a user sends, the upload check answers with a type or the expected refusal. */
class UploadCheckPropertiesTest {

	private static final List<byte[]> SEEDS = List.of(SampleFiles.pdf(), SampleFiles.image("png"), SampleFiles.image("jpg"),
			SampleFiles.image("gif"), SampleFiles.webp(), SampleFiles.docx(), SampleFiles.xlsx(), SampleFiles.pptx(),
			SampleFiles.odt(), SampleFiles.docxWithMacros(), SampleFiles.plainZip(), SampleFiles.text(), SampleFiles.html(),
			SampleFiles.windowsProgram());

	@Property(tries = 1000)
	void randomBytesGetATypeOrTheExpectedRefusal(@ForAll @Size(max = 2048) byte[] content) {
		assertOnlyRefused(content);
	}

	@Property(tries = 1500)
	void damagedRealFilesGetATypeOrTheExpectedRefusal(@ForAll("damagedFiles") byte[] content) {
		assertOnlyRefused(content);
	}

	@Property(tries = 1000)
	void anyNameBecomesAFileNameWithoutPath(@ForAll String name) {
		String safe = SafeNames.of(name, FileType.PDF);

		assertThat(safe).endsWith(".pdf").doesNotContain("/", "\\", "\u0000").doesNotStartWith(".");
		assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(104);
	}

	@Provide
	Arbitrary<byte[]> damagedFiles() {
		Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
		Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(12);
		Arbitrary<List<Byte>> values = Arbitraries.bytes().list().ofSize(12);
		Arbitrary<Integer> cut = Arbitraries.integers().between(0, 100);
		return Combinators.combine(seed, positions, values, cut).as(UploadCheckPropertiesTest::damage);
	}

	/** Overwrites a few bytes and, one time in four, cuts the end off. */
	private static byte[] damage(byte[] seed, List<Integer> positions, List<Byte> values, int cut) {
		byte[] bytes = seed.clone();
		for (int i = 0; i < positions.size(); i++) {
			bytes[positions.get(i) % bytes.length] = values.get(i);
		}
		return cut < 25 ? Arrays.copyOf(bytes, bytes.length * cut / 25) : bytes;
	}

	private static void assertOnlyRefused(byte[] content) {
		Throwable thrown = catchThrowable(() -> FileStore.check(content, DataSize.ofKilobytes(4), EnumSet.allOf(FileType.class)));
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(UploadRefusedException.class);
			assertThat(((UploadRefusedException) thrown).messageKey()).startsWith("files.upload.");
		}
	}
}

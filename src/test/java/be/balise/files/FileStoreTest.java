package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyRotation;
import be.balise.crypto.KeyScope;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

@FullStackTest
class FileStoreTest {

	@Autowired FileStore store;
	@Autowired StoredFiles storedFiles;
	@Autowired ContentCipher cipher;
	@Autowired KeyRotation rotation;
	@Autowired Clock clock;
	@Autowired JdbcClient jdbc;
	@Autowired MessageSource messages;

	private final KeyScope bilan = KeyScope.bilan(UUID.randomUUID());

	@Test
	void typesAPngNamedPdfByItsContentAndReadsItBack() {
		byte[] png = SampleFiles.image("png");

		StoredFile stored = store.store(bilan, "casework.document", "photo.pdf", new ByteArrayInputStream(png));

		assertThat(stored.type()).isEqualTo(FileType.PNG);
		assertThat(stored.name()).isEqualTo("photo.png");
		FileContent read = store.read(bilan, stored.id()).orElseThrow();
		assertThat(read.bytes()).isEqualTo(png);
		assertThat(read.name()).isEqualTo("photo.png");
		assertThat(read.mediaType().toString()).isEqualTo("image/png");
		assertThat(read.file().sha256()).hasSize(64);
	}

	@Test
	void refusesAnHtmlPageOrAProgramDisguisedAsPdf() {
		assertThat(store.store(bilan, "casework.document", "cv.pdf", SampleFiles.pdf()).type()).isEqualTo(FileType.PDF);

		for (byte[] disguised : new byte[][] {SampleFiles.html(), SampleFiles.windowsProgram()}) {
			assertThatThrownBy(() -> store.store(bilan, "casework.document", "cv.pdf", disguised))
					.isInstanceOfSatisfying(UploadRefusedException.class,
							refusal -> assertThat(refusal.messageKey()).isEqualTo("files.upload.typeRefused"));
		}
	}

	@Test
	void refusesAnUploadOverTheSizeLimit() {
		var small = new FileStore(storedFiles, cipher, clock, new FilesProperties(DataSize.ofBytes(1024)));
		byte[] limit = "a".repeat(1024).getBytes(StandardCharsets.US_ASCII);
		byte[] over = "a".repeat(1025).getBytes(StandardCharsets.US_ASCII);

		assertThat(small.store(bilan, "casework.document", "notes.txt", new ByteArrayInputStream(limit)).size()).isEqualTo(1024);
		assertThatThrownBy(() -> small.store(bilan, "casework.document", "notes.txt", new ByteArrayInputStream(over)))
				.isInstanceOfSatisfying(UploadRefusedException.class,
						refusal -> assertThat(refusal.messageKey()).isEqualTo("files.upload.tooLarge"));
		assertThat(store.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
	}

	@Test
	void refusesAnEmptyUploadAndATypeTheCallerDoesNotAccept() {
		assertThatThrownBy(() -> store.store(bilan, "casework.document", "vide.txt", new byte[0]))
				.hasFieldOrPropertyWithValue("messageKey", "files.upload.empty");
		assertThatThrownBy(() -> store.store(bilan, "instruments.report", "r.png",
				new ByteArrayInputStream(SampleFiles.image("png")), Set.of(FileType.PDF)))
				.hasFieldOrPropertyWithValue("messageKey", "files.upload.typeRefused");
		assertThat(store.store(bilan, "instruments.report", "r.pdf", new ByteArrayInputStream(SampleFiles.pdf()),
				Set.of(FileType.PDF)).type()).isEqualTo(FileType.PDF);
	}

	@Test
	void neverUsesTheUploadedNameAsAPath() {
		assertThat(store.store(bilan, "casework.document", "../../etc/passwd", SampleFiles.text()).name()).isEqualTo("passwd.txt");
		assertThat(store.store(bilan, "casework.document", "..\\..\\Windows\\win.ini", SampleFiles.text()).name()).isEqualTo("win.txt");
		assertThat(store.store(bilan, "casework.document", "..", SampleFiles.text()).name()).isEqualTo("document.txt");
		assertThat(store.store(bilan, "casework.document", "facture\u202Etxt.exe", SampleFiles.text()).name())
				.isEqualTo("facture_txt.txt");
		assertThat(store.store(bilan, "casework.document", "Bilan d'étape: \"Noël\"?.txt", SampleFiles.text()).name())
				.isEqualTo("Bilan d'étape_ _Noël.txt");
	}

	@Test
	void findsAFileOnlyWithinTheScopeItWasStoredUnder() {
		StoredFile stored = store.store(bilan, "casework.document", "notes.txt", SampleFiles.text());
		KeyScope otherBilan = KeyScope.bilan(UUID.randomUUID());

		assertThat(store.read(bilan, stored.id())).isPresent();
		assertThat(store.read(otherBilan, stored.id())).isEmpty();
		assertThat(store.find(otherBilan, stored.id())).isEmpty();
		assertThat(store.delete(otherBilan, stored.id())).isFalse();
		assertThat(store.list(bilan)).extracting(StoredFile::id).containsExactly(stored.id());
	}

	@Test
	void deletesOneFileOrEveryFileOfAScope() {
		StoredFile first = store.store(bilan, "casework.document", "a.txt", SampleFiles.text());
		StoredFile second = store.store(bilan, "casework.document", "b.txt", SampleFiles.text());
		StoredFile third = store.store(bilan, "casework.document", "c.txt", SampleFiles.text());

		assertThat(store.delete(bilan, first.id())).isTrue();
		assertThat(store.list(bilan)).extracting(StoredFile::id).containsExactlyInAnyOrder(second.id(), third.id());
		assertThat(store.deleteAll(bilan)).isEqualTo(2);
		assertThat(store.list(bilan)).isEmpty();
	}

	@Test
	void keepsNameAndContentEncryptedInTheDatabase() {
		String secret = "Mon burn-out de 2024";
		StoredFile stored = store.store(bilan, "casework.document", secret + ".txt", secret.getBytes(StandardCharsets.UTF_8));

		var row = jdbc.sql("select name_ciphertext, content_ciphertext from stored_file where id = ?").param(stored.id())
				.query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1) + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1))
				.single();
		assertThat(row).doesNotContain("burn-out");
		assertThat(store.find(bilan, stored.id()).orElseThrow().name()).isEqualTo(secret + ".txt");
	}

	@Test
	void reencryptsStoredFilesAfterTheScopeKeyIsRotated() {
		StoredFile stored = store.store(bilan, "casework.document", "notes.txt", SampleFiles.text());
		byte[] before = content(stored.id());

		rotation.rotateDataKey(bilan);

		assertThat(rotation.reencryptNow(bilan)).isEqualTo(1);
		assertThat(content(stored.id())).isNotEqualTo(before);
		assertThat(store.read(bilan, stored.id()).orElseThrow().bytes()).isEqualTo(SampleFiles.text());
		assertThat(rotation.reencryptNow(bilan)).isZero();
	}

	@Test
	void everyRefusalHasATextInEachLanguage() {
		for (Locale locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
			assertThat(messages.getMessage("files.upload.tooLarge", new Object[] {20L}, locale)).contains("20");
			assertThat(messages.getMessage("files.upload.typeRefused", null, locale)).contains("PNG");
			assertThat(messages.getMessage("files.upload.empty", null, locale)).isNotBlank();
		}
	}

	private byte[] content(UUID id) {
		return jdbc.sql("select content_ciphertext from stored_file where id = ?").param(id).query(byte[].class).single();
	}
}

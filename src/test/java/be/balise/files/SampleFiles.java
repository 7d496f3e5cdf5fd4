package be.balise.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real, small files of each kind the store accepts, and crafted ones it must refuse. */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] image(String format) {
		var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, Color.BLUE.getRGB());
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A lossless WebP header followed by filler: enough for a signature check. */
	static byte[] webp() {
		byte[] bytes = new byte[40];
		System.arraycopy(ascii("RIFF"), 0, bytes, 0, 4);
		bytes[4] = 32;
		System.arraycopy(ascii("WEBPVP8L"), 0, bytes, 8, 8);
		return bytes;
	}

	static byte[] docx() {
		return zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}

	static byte[] xlsx() {
		return zip(false, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
	}

	static byte[] pptx() {
		return zip(false, "[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml");
	}

	/** A Word document with a VBA project, as a .docm saved under a .docx name would be. */
	static byte[] docxWithMacros() {
		return zip(false, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
	}

	static byte[] odt() {
		return zip(true, "content.xml", "META-INF/manifest.xml");
	}

	static byte[] plainZip() {
		return zip(false, "readme.txt", "setup.exe");
	}

	static byte[] text() {
		return "Notes de séance : coëfficiënt, élève, Ærø — 20 €\n".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] html() {
		return "<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	/** The first bytes of a Windows program (MZ header and DOS stub). */
	static byte[] windowsProgram() {
		byte[] bytes = new byte[128];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		System.arraycopy(ascii("This program cannot be run in DOS mode."), 0, bytes, 78, 39);
		return bytes;
	}

	private static byte[] zip(boolean odfMimetype, String... entries) {
		try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
			if (odfMimetype) {
				byte[] mimetype = ascii("application/vnd.oasis.opendocument.text");
				var entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(mimetype.length);
				var crc = new CRC32();
				crc.update(mimetype);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(mimetype);
				zip.closeEntry();
			}
			for (String name : entries) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}

package be.balise.files;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The kinds of file Balise accepts, each recognised from its content, with its media type and extension. */
public enum FileType {
	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp"),
	TEXT("text/plain;charset=UTF-8", "txt");

	private final MediaType mediaType;
	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extension = extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The extension every stored name of this type ends with, whatever the uploaded name said. */
	public String extension() {
		return extension;
	}

	static Optional<FileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.toString().equals(mediaType)).findFirst();
	}
}

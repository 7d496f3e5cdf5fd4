package be.balise.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The largest upload accepted ({@code balise.files.max-size}, 20 MB unless set). */
@ConfigurationProperties("balise.files")
record FilesProperties(DataSize maxSize) {

	FilesProperties {
		maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
	}
}

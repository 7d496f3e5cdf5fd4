package be.balise.reference;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document, version or scheme: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReferenceNotFound extends RuntimeException {

	ReferenceNotFound() {
		super("not found");
	}
}

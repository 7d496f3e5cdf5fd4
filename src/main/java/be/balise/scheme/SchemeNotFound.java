package be.balise.scheme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such scheme, or not one of the officer's funds: both answer 404, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SchemeNotFound extends RuntimeException {

	SchemeNotFound() {
		super("not found");
	}
}

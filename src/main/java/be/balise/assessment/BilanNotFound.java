package be.balise.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The bilan does not exist, or the person may not see it: both answer 404, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BilanNotFound extends RuntimeException {

	public BilanNotFound() {
		super("not found");
	}
}

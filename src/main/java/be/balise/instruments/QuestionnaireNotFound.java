package be.balise.instruments;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A questionnaire that does not exist or belongs to another operator: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class QuestionnaireNotFound extends RuntimeException {

	QuestionnaireNotFound() {
		super("No such questionnaire");
	}
}

package be.balise.request;

import java.util.Optional;

import be.balise.assessment.BilanId;
import be.balise.assessment.WorkerLanguages;
import org.springframework.stereotype.Component;

/** The language the worker asked for in their request (eligibility data, no content). */
@Component
class RequestLanguages implements WorkerLanguages {

	private final Requests requests;

	RequestLanguages(Requests requests) {
		this.requests = requests;
	}

	@Override
	public Optional<String> of(BilanId bilan) {
		return requests.find(bilan.value()).map(RequestRecord::language);
	}
}

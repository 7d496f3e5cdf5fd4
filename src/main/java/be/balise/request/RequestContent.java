package be.balise.request;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** The worker's reasons are content; the rest of the request is eligibility data (administration). */
@Component
class RequestContent implements BilanContent {

	private final Requests requests;

	RequestContent(Requests requests) {
		this.requests = requests;
	}

	@Override
	public String kind() {
		return "request.reasons";
	}

	@Override
	public Set<String> tables() {
		return Set.of("bilan_request");
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return requests.reasons(bilan.value()).map(reasons -> List.<Map<String, Object>>of(Map.of("reasons", reasons)))
				.orElse(List.of());
	}

	@Override
	public void destroy(BilanId bilan) {
		requests.destroyReasons(bilan.value());
	}
}

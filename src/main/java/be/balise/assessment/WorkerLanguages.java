package be.balise.assessment;

import java.util.Optional;

/**
 * The language a worker asked for their bilan to be held in (an ISO 639-1 code), answered by the module that
 * keeps the request; the counsellor suggestion prefers counsellors who speak it.
 */
public interface WorkerLanguages {

	Optional<String> of(BilanId bilan);
}

package be.balise.testing;

import be.balise.assessment.BilanId;

/**
 * Plants a canary string in one registered kind of bilan content, through the application's own services. Each
 * module that registers a kind of content adds one (a test {@code @Component}); the canary tests use them all.
 */
public interface CanaryPlanter {

	/** The kind of content, as {@code BilanContent.kind()} names it. */
	String kind();

	/** Writes the canary into this kind of content of the bilan, acting as the people of the world may. */
	void plant(World world, BilanId bilan, String canary);
}

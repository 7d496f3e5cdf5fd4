package be.balise.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the application of {@link ServerTest} (the same Spring context) driven by the one headless
 * Chromium of the run. Test methods take a {@link Browser} parameter. Skipped when Chromium or its driver is
 * missing, unless {@code BALISE_REQUIRE_BROWSER=true} (CI), which makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}

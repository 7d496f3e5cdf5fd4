package be.balise.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application in a real Tomcat on a random port, for what MockMvc cannot show: error dispatches,
 * the container's own refusals, cookies behind a proxy, the browser. Every class that carries this annotation
 * (browser tests through {@link BrowserTest}) shares this second Spring context. It adds only the routes of
 * {@link InjectedFailures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(InjectedFailures.class)
public @interface ServerTest {
}

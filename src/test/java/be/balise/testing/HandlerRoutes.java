package be.balise.testing;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the controllers of the running application serve, with the method that serves it. */
public final class HandlerRoutes {

	private HandlerRoutes() {
	}

	/** A mapping that names no method answers every method; it counts here for GET and POST. */
	public static SortedMap<Route, String> of(ApplicationContext context) {
		SortedMap<Route, String> routes = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				for (String pattern : info.getPatternValues()) {
					for (HttpMethod method : methodsOf(info)) {
						routes.put(new Route(method, pattern), describe(handler));
					}
				}
			});
		}
		return routes;
	}

	private static Set<HttpMethod> methodsOf(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return Set.of(HttpMethod.GET, HttpMethod.POST);
		}
		return Set.copyOf(declared.stream().map(RequestMethod::asHttpMethod).toList());
	}

	private static String describe(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
	}
}

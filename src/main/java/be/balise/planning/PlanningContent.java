package be.balise.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two kinds of planning content: where sessions take place, and why the worker asked to move one. */
@Configuration(proxyBeanMethods = false)
class PlanningContent {

	@Bean
	BilanContent sessionPlaceContent(SessionPlaces places, ContentCipher cipher) {
		return new BilanContent() {
			@Override
			public String kind() {
				return SessionService.PLACE_KIND;
			}

			@Override
			public Set<String> tables() {
				return Set.of("session_place");
			}

			@Override
			public List<Map<String, Object>> export(BilanId bilan) {
				return places.ofBilan(bilan.value()).entrySet().stream()
						.map(entry -> Map.<String, Object>of("session", entry.getKey().toString(), "place", cipher.decryptString(
								KeyScope.bilan(bilan.value()), entry.getValue(), SessionService.bindPlace(entry.getKey()))))
						.toList();
			}

			@Override
			public void destroy(BilanId bilan) {
				places.deleteOfBilan(bilan.value());
			}
		};
	}

	@Bean
	BilanContent moveRequestContent(MoveRequests moves, ContentCipher cipher) {
		return new BilanContent() {
			@Override
			public String kind() {
				return SessionService.MOVE_KIND;
			}

			@Override
			public Set<String> tables() {
				return Set.of("session_move_request");
			}

			@Override
			public List<Map<String, Object>> export(BilanId bilan) {
				return moves.allOfBilan(bilan.value()).stream()
						.map(row -> Map.<String, Object>of("session", row.sessionId().toString(), "askedAt", row.askedAt().toString(),
								"reason", cipher.decryptString(KeyScope.bilan(bilan.value()), row.reasonCipher(),
										ContentCipher.bindTo("session_move_request", row.id()))))
						.toList();
			}

			@Override
			public void destroy(BilanId bilan) {
				moves.deleteOfBilan(bilan.value());
			}
		};
	}
}

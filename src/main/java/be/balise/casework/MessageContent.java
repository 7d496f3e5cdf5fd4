package be.balise.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** The message thread is content: exported to the worker, destroyed with the bilan's content. */
@Component
class MessageContent implements BilanContent {

	private final Messages messages;

	MessageContent(Messages messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return MessageService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Messages.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return messages.open(bilan.value()).stream()
				.map(message -> Map.<String, Object>of("sentAt", message.sentAt().toString(), "text", message.text())).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		messages.deleteAll(bilan.value());
	}
}

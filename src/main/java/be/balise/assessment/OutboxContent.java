package be.balise.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * E-mails about a bilan carry no content, yet they name the person and their bilan: they are destroyed with the
 * bilan's content. Nothing of them goes into the worker's export.
 */
@Component
class OutboxContent implements BilanContent {

	private final Outbox outbox;

	OutboxContent(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public String kind() {
		return "mail.outbox";
	}

	@Override
	public Set<String> tables() {
		return Set.of("outbox_message", "outbox_attachment");
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return List.of();
	}

	@Override
	public void destroy(BilanId bilan) {
		outbox.deleteForBilan(bilan.value());
	}
}

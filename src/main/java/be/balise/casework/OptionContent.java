package be.balise.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** Options are content: exported to the worker, destroyed with the bilan's content. */
@Component
class OptionContent implements BilanContent {

	private final Options options;

	OptionContent(Options options) {
		this.options = options;
	}

	@Override
	public String kind() {
		return OptionService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Options.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return options.open(bilan.value()).stream().map(option -> {
			Map<String, Object> row = new HashMap<>();
			for (int i = 0; i < OptionForm.FIELDS.length; i++) {
				row.put(OptionForm.FIELDS[i], option.text().values().get(i));
			}
			row.put("rank", option.rank());
			if (option.dropped()) {
				row.put("droppedReason", option.droppedReason());
			}
			return row;
		}).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		options.deleteAll(bilan.value());
	}
}

package be.balise.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in item banks, read once at start-up from {@code classpath:instruments/*.json}. A bank that fails
 * {@link ItemBankCheck} stops the application: a questionnaire with a missing translation must never reach a
 * worker.
 */
@Component
public class ItemBanks {

	static final String LOCATION = "classpath:instruments/*.json";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ItemBank> banks;

	public ItemBanks() {
		this.banks = loadAll().stream().sorted(Comparator.comparing(ItemBank::id)).toList();
		for (ItemBank bank : banks) {
			List<String> problems = ItemBankCheck.problems(bank);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Item bank " + bank.id() + " is not valid: " + problems);
			}
		}
	}

	public List<ItemBank> all() {
		return banks;
	}

	public Optional<ItemBank> find(String id) {
		return banks.stream().filter(bank -> bank.id().equals(id)).findFirst();
	}

	public ItemBank get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("No item bank " + id));
	}

	static List<ItemBank> loadAll() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources).map(ItemBanks::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ItemBank read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ItemBank read(InputStream in) {
		return JSON.readValue(in, ItemBank.class);
	}
}

package be.balise.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The message key of the first error of each field, for templates to show beside the field. Validation
 * annotations carry a message key as their message; anything else (a value of the wrong type) gets a
 * generic key, so the page never shows framework text.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of());

	private final Map<String, String> keys;

	private FormErrors(Map<String, String> keys) {
		this.keys = keys;
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(BindingResult result) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (var error : result.getAllErrors()) {
			String field = error instanceof FieldError fieldError ? fieldError.getField() : "form";
			keys.putIfAbsent(field, keyOf(error.getDefaultMessage()));
		}
		return new FormErrors(keys);
	}

	private static String keyOf(String message) {
		return message != null && message.matches("[a-z]+(\\.[A-Za-z0-9]+)+") ? message : "web.form.invalid";
	}

	public boolean any() {
		return !keys.isEmpty();
	}

	public boolean has(String field) {
		return keys.containsKey(field);
	}

	/** The message key for the field's error, or null. */
	public String key(String field) {
		return keys.get(field);
	}
}

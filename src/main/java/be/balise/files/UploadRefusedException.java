package be.balise.files;

import java.util.Arrays;

/** An upload was refused; {@link #messageKey()} names the text to show the user (with {@link #arguments()}). */
public class UploadRefusedException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	UploadRefusedException(String messageKey, Object... arguments) {
		super("Upload refused: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}

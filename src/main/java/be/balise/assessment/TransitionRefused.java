package be.balise.assessment;

/**
 * A move the journey does not allow. It carries a message key (and arguments) so that the page can tell the
 * person why, in their language.
 */
public class TransitionRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public TransitionRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}

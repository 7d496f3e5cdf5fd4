package be.balise.reference;

import java.util.List;

/** One question of the referral helper and its possible answers (codes; labels are messages). */
public record ReferralQuestion(String id, List<String> answers) {

	public ReferralQuestion {
		answers = List.copyOf(answers);
	}

	public String messageKey() {
		return "reference.question." + id;
	}

	public String answerKey(String answer) {
		return "reference.answer." + id + "." + answer;
	}
}

package be.balise.followup;

import java.util.List;

/** A batch of free comments of one closed quarter: at least five, without names, in random order. */
public record AppraisalComments(String period, List<String> comments) {
}

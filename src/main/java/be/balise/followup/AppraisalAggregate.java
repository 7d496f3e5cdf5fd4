package be.balise.followup;

import java.math.BigDecimal;
import java.util.Map;

/** The appraisals of one closed quarter within someone's scope: how many bilans, and the mean of each item. */
public record AppraisalAggregate(String period, long bilans, Map<AppraisalItem, BigDecimal> means) {

	public String mean(AppraisalItem item) {
		BigDecimal mean = means.get(item);
		return mean == null ? "" : mean.toPlainString();
	}
}

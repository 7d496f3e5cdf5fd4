package be.balise.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fund officer types to create a scheme or a new version of it. Every field is kept as typed (text),
 * so that a refused value comes back in the form rather than being lost; {@link #validate()} names the error of
 * each field as a message key with its arguments, and {@link #toDraft()} turns a valid form into a scheme
 * version and its rules.
 */
public class SchemeForm {

	public static final List<String> STATUSES = List.of("FULL_TIME", "PART_TIME", "SICK_LEAVE", "NOTICE_PERIOD");
	public static final List<String> PAY_BASES = List.of("PER_HOUR", "PER_BILAN");
	public static final int BUDGET_PARTS = 3;
	static final int MAX_NAME = 200;
	static final int MAX_AUDIENCE = 4000;
	static final int MAX_DOCUMENT = 60;

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern COMMITTEE = Pattern.compile("\\d{3}(\\.\\d{2})?");
	private static final Pattern QUESTIONNAIRE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/** A field's error: a message key ({@code scheme.form.error.*}) and its arguments. */
	public record FieldError(String key, List<Object> args) {
	}

	/** A valid form, ready to be stored as a new version. */
	record Draft(String nameFr, String nameNl, String nameEn, String audienceFr, String audienceNl, String audienceEn,
			Set<ConventionParty> parties, int followUpInterviews, Integer signingDeadlineDays, BigDecimal maxHours,
			int retentionMonths, int extensionMonths, String appraisalQuestionnaire, List<SchemeRule> rules) {
	}

	private String nameFr = "";
	private String nameNl = "";
	private String nameEn = "";
	private String audienceFr = "";
	private String audienceNl = "";
	private String audienceEn = "";
	private List<String> conventionParties = new ArrayList<>(List.of("WORKER", "OPERATOR", "FUND"));
	private String followUpInterviews = "1";
	private String signingDeadlineDays = "";
	private String maxHours = "";
	private String retentionMonths = "12";
	private String extensionMonths = "0";
	private String appraisalQuestionnaire = "default";
	private String jointCommittees = "";
	private List<String> statuses = new ArrayList<>();
	private String minExperienceYears = "";
	private List<String> residenceRegions = new ArrayList<>();
	private String minYearsSinceLast = "";
	private String budgetPeriodYears = "";
	private List<String> budgetHours = blanks();
	private List<String> budgetDocuments = blanks();
	private String durationMonths = "";
	private String paysBasis = "";
	private String paysAmount = "";

	private static List<String> blanks() {
		return new ArrayList<>(List.of("", "", ""));
	}

	/** The form filled in from a stored version, to edit it into the next one. */
	static SchemeForm of(Scheme scheme, List<SchemeRule> rules) {
		SchemeForm form = new SchemeForm();
		form.nameFr = scheme.nameFr();
		form.nameNl = scheme.nameNl();
		form.nameEn = scheme.nameEn();
		form.audienceFr = scheme.audienceFr();
		form.audienceNl = scheme.audienceNl();
		form.audienceEn = scheme.audienceEn();
		form.conventionParties = new ArrayList<>(scheme.conventionParties().stream().map(Enum::name).toList());
		form.followUpInterviews = String.valueOf(scheme.followUpInterviews());
		form.signingDeadlineDays = scheme.signingDeadlineDays() == null ? "" : String.valueOf(scheme.signingDeadlineDays());
		form.maxHours = scheme.maxHours() == null ? "" : scheme.maxHours().stripTrailingZeros().toPlainString();
		form.retentionMonths = String.valueOf(scheme.retentionMonths());
		form.extensionMonths = String.valueOf(scheme.extensionMonths());
		form.appraisalQuestionnaire = scheme.appraisalQuestionnaire();
		for (SchemeRule rule : rules) {
			JsonNode p = rule.params();
			switch (rule.type()) {
				case JOINT_COMMITTEES -> form.jointCommittees = String.join(", ", strings(p.path("committees")));
				case STATUSES -> form.statuses = new ArrayList<>(strings(p.path("statuses")));
				case MIN_EXPERIENCE_YEARS -> form.minExperienceYears = p.path("years").asString("");
				case RESIDENCE_REGIONS -> form.residenceRegions = new ArrayList<>(strings(p.path("regions")));
				case MIN_YEARS_SINCE_LAST -> form.minYearsSinceLast = p.path("years").asString("");
				case HOUR_BUDGET -> {
					form.budgetPeriodYears = p.path("periodYears").asString("");
					int i = 0;
					for (JsonNode part : p.path("parts")) {
						if (i < BUDGET_PARTS) {
							form.budgetHours.set(i, part.path("hours").decimalValue().stripTrailingZeros().toPlainString());
							form.budgetDocuments.set(i, part.path("document").asString(""));
						}
						i++;
					}
				}
				case EXPECTED_DURATION -> form.durationMonths = p.path("months").asString("");
				case FUND_PAYS -> {
					form.paysBasis = p.path("basis").asString("");
					form.paysAmount = p.path("amountEur").decimalValue().stripTrailingZeros().toPlainString();
				}
			}
		}
		return form;
	}

	/** The error of each field (first one only), in the order of the form; empty when the form is valid. */
	public Map<String, FieldError> validate() {
		Map<String, FieldError> errors = new LinkedHashMap<>();
		text(errors, "nameFr", nameFr, MAX_NAME);
		text(errors, "nameNl", nameNl, MAX_NAME);
		text(errors, "nameEn", nameEn, MAX_NAME);
		text(errors, "audienceFr", audienceFr, MAX_AUDIENCE);
		text(errors, "audienceNl", audienceNl, MAX_AUDIENCE);
		text(errors, "audienceEn", audienceEn, MAX_AUDIENCE);
		if (parties().isEmpty() || parties().size() != distinct(conventionParties)) {
			errors.put("conventionParties", error("parties"));
		}
		whole(errors, "followUpInterviews", followUpInterviews, 0, 2, true);
		whole(errors, "signingDeadlineDays", signingDeadlineDays, 1, 365, false);
		decimal(errors, "maxHours", maxHours, 1, new BigDecimal("0.5"), new BigDecimal("999.9"), false);
		whole(errors, "retentionMonths", retentionMonths, 0, 600, true);
		whole(errors, "extensionMonths", extensionMonths, 0, 12, true);
		if (!QUESTIONNAIRE.matcher(strip(appraisalQuestionnaire)).matches()) {
			errors.put("appraisalQuestionnaire", error("questionnaire"));
		}
		for (String committee : committees()) {
			if (!COMMITTEE.matcher(committee).matches()) {
				errors.put("jointCommittees", error("committee", committee));
				break;
			}
		}
		if (!STATUSES.containsAll(nonNull(statuses))) {
			errors.put("statuses", error("choice"));
		}
		whole(errors, "minExperienceYears", minExperienceYears, 0, 60, false);
		if (!regions().stream().allMatch(r -> r != null)) {
			errors.put("residenceRegions", error("choice"));
		}
		whole(errors, "minYearsSinceLast", minYearsSinceLast, 0, 30, false);
		budget(errors);
		whole(errors, "durationMonths", durationMonths, 1, 60, false);
		if (!strip(paysBasis).isEmpty() && !PAY_BASES.contains(strip(paysBasis))) {
			errors.put("paysBasis", error("choice"));
		}
		if (!strip(paysBasis).isEmpty() || !strip(paysAmount).isEmpty()) {
			if (strip(paysBasis).isEmpty()) {
				errors.putIfAbsent("paysBasis", error("paysBasis"));
			}
			decimal(errors, "paysAmount", paysAmount, 2, BigDecimal.ZERO, new BigDecimal("100000"), true);
		}
		return errors;
	}

	private void budget(Map<String, FieldError> errors) {
		boolean any = !strip(budgetPeriodYears).isEmpty()
				|| budgetHours.stream().anyMatch(h -> !strip(h).isEmpty())
				|| budgetDocuments.stream().anyMatch(d -> !strip(d).isEmpty());
		if (!any) {
			return;
		}
		whole(errors, "budgetPeriodYears", budgetPeriodYears, 1, 30, true);
		boolean gap = false;
		for (int i = 0; i < BUDGET_PARTS; i++) {
			String hours = strip(get(budgetHours, i));
			String document = strip(get(budgetDocuments, i));
			if (hours.isEmpty()) {
				if (i == 0) {
					errors.put("budgetHours0", error("partHours"));
				} else if (!document.isEmpty()) {
					errors.put("budgetHours" + i, error("partHours"));
				}
				gap = true;
				continue;
			}
			if (gap) {
				errors.put("budgetHours" + i, error("partGap"));
				continue;
			}
			decimal(errors, "budgetHours" + i, hours, 1, new BigDecimal("0.5"), new BigDecimal("999.9"), true);
			if (document.length() > MAX_DOCUMENT) {
				errors.put("budgetDocuments" + i, error("tooLong", MAX_DOCUMENT));
			}
		}
	}

	/** The valid form as a version to store; call only when {@link #validate()} found nothing. */
	Draft toDraft() {
		if (!validate().isEmpty()) {
			throw new IllegalStateException("invalid scheme form");
		}
		List<SchemeRule> rules = new ArrayList<>();
		List<String> committees = committees();
		if (!committees.isEmpty()) {
			ObjectNode p = JSON.createObjectNode();
			ArrayNode list = p.putArray("committees");
			committees.stream().distinct().forEach(list::add);
			rules.add(new SchemeRule(RuleType.JOINT_COMMITTEES, p));
		}
		if (!nonNull(statuses).isEmpty()) {
			ObjectNode p = JSON.createObjectNode();
			ArrayNode list = p.putArray("statuses");
			STATUSES.stream().filter(statuses::contains).forEach(list::add);
			rules.add(new SchemeRule(RuleType.STATUSES, p));
		}
		if (!strip(minExperienceYears).isEmpty()) {
			rules.add(new SchemeRule(RuleType.MIN_EXPERIENCE_YEARS, JSON.createObjectNode().put("years", integer(minExperienceYears))));
		}
		if (!regions().isEmpty()) {
			ObjectNode p = JSON.createObjectNode();
			ArrayNode list = p.putArray("regions");
			Arrays.stream(ResidenceRegion.values()).filter(regions()::contains).map(Enum::name).forEach(list::add);
			rules.add(new SchemeRule(RuleType.RESIDENCE_REGIONS, p));
		}
		if (!strip(minYearsSinceLast).isEmpty()) {
			rules.add(new SchemeRule(RuleType.MIN_YEARS_SINCE_LAST, JSON.createObjectNode().put("years", integer(minYearsSinceLast))));
		}
		if (!strip(budgetPeriodYears).isEmpty()) {
			ObjectNode p = JSON.createObjectNode().put("periodYears", integer(budgetPeriodYears));
			ArrayNode parts = p.putArray("parts");
			for (int i = 0; i < BUDGET_PARTS && !strip(get(budgetHours, i)).isEmpty(); i++) {
				ObjectNode part = parts.addObject().put("hours", number(get(budgetHours, i)));
				if (!strip(get(budgetDocuments, i)).isEmpty()) {
					part.put("document", strip(get(budgetDocuments, i)));
				}
			}
			rules.add(new SchemeRule(RuleType.HOUR_BUDGET, p));
		}
		if (!strip(durationMonths).isEmpty()) {
			rules.add(new SchemeRule(RuleType.EXPECTED_DURATION, JSON.createObjectNode().put("months", integer(durationMonths))));
		}
		if (!strip(paysBasis).isEmpty()) {
			rules.add(new SchemeRule(RuleType.FUND_PAYS, JSON.createObjectNode().put("basis", strip(paysBasis))
					.put("amountEur", number(paysAmount))));
		}
		return new Draft(strip(nameFr), strip(nameNl), strip(nameEn), strip(audienceFr), strip(audienceNl), strip(audienceEn),
				parties(), integer(followUpInterviews), strip(signingDeadlineDays).isEmpty() ? null : integer(signingDeadlineDays),
				strip(maxHours).isEmpty() ? null : number(maxHours), integer(retentionMonths),
				integer(extensionMonths), strip(appraisalQuestionnaire), List.copyOf(rules));
	}

	/** The joint committees as typed, split on commas, semicolons and spaces. */
	List<String> committees() {
		return Arrays.stream(strip(jointCommittees).split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
	}

	private Set<ConventionParty> parties() {
		Set<ConventionParty> parties = EnumSet.noneOf(ConventionParty.class);
		for (String name : nonNull(conventionParties)) {
			try {
				parties.add(ConventionParty.valueOf(name));
			} catch (IllegalArgumentException unknown) {
				return Set.of();
			}
		}
		return parties;
	}

	/** The regions ticked; an unknown code comes back as null, so that validation can refuse it. */
	private List<ResidenceRegion> regions() {
		return nonNull(residenceRegions).stream().map(name -> {
			try {
				return ResidenceRegion.valueOf(name);
			} catch (IllegalArgumentException unknown) {
				return null;
			}
		}).toList();
	}

	private static void text(Map<String, FieldError> errors, String field, String value, int max) {
		String stripped = strip(value);
		if (stripped.isEmpty()) {
			errors.put(field, error("required"));
		} else if (stripped.length() > max) {
			errors.put(field, error("tooLong", max));
		}
	}

	private static void whole(Map<String, FieldError> errors, String field, String value, int min, int max, boolean required) {
		String stripped = strip(value);
		if (stripped.isEmpty()) {
			if (required) {
				errors.put(field, error("required"));
			}
			return;
		}
		if (!stripped.matches("-?\\d{1,9}")) {
			errors.put(field, error("whole", min, max));
		} else if (Integer.parseInt(stripped) < min) {
			errors.put(field, Integer.parseInt(stripped) < 0 ? error("negative") : error("whole", min, max));
		} else if (Integer.parseInt(stripped) > max) {
			errors.put(field, error("whole", min, max));
		}
	}

	private static void decimal(Map<String, FieldError> errors, String field, String value, int scale, BigDecimal min,
			BigDecimal max, boolean required) {
		String stripped = strip(value).replace(',', '.');
		if (stripped.isEmpty()) {
			if (required) {
				errors.put(field, error("required"));
			}
			return;
		}
		if (!stripped.matches("-?\\d{1,9}(\\.\\d{1," + scale + "})?")) {
			errors.put(field, error("decimal", min.toPlainString(), max.toPlainString(), scale));
			return;
		}
		BigDecimal number = new BigDecimal(stripped);
		if (number.signum() < 0) {
			errors.put(field, error("negative"));
		} else if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			errors.put(field, error("decimal", min.toPlainString(), max.toPlainString(), scale));
		}
	}

	private static FieldError error(String key, Object... args) {
		return new FieldError("scheme.form.error." + key, List.of(args));
	}

	private static BigDecimal number(String value) {
		return new BigDecimal(strip(value).replace(',', '.'));
	}

	private static int integer(String value) {
		return Integer.parseInt(strip(value));
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	private static String get(List<String> values, int i) {
		return values != null && i < values.size() ? values.get(i) : "";
	}

	private static List<String> nonNull(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static int distinct(List<String> values) {
		return (int) nonNull(values).stream().distinct().count();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}

	/** Whether a checkbox of a list field is ticked, for the template. */
	public boolean ticked(String field, String value) {
		List<String> values = switch (field) {
			case "conventionParties" -> conventionParties;
			case "statuses" -> statuses;
			case "residenceRegions" -> residenceRegions;
			default -> throw new IllegalArgumentException(field);
		};
		return nonNull(values).contains(value);
	}

	public String budgetHours(int i) { return get(budgetHours, i); }
	public String budgetDocument(int i) { return get(budgetDocuments, i); }

	public String getNameFr() { return nameFr; }
	public void setNameFr(String v) { nameFr = v; }
	public String getNameNl() { return nameNl; }
	public void setNameNl(String v) { nameNl = v; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String v) { nameEn = v; }
	public String getAudienceFr() { return audienceFr; }
	public void setAudienceFr(String v) { audienceFr = v; }
	public String getAudienceNl() { return audienceNl; }
	public void setAudienceNl(String v) { audienceNl = v; }
	public String getAudienceEn() { return audienceEn; }
	public void setAudienceEn(String v) { audienceEn = v; }
	public List<String> getConventionParties() { return conventionParties; }
	public void setConventionParties(List<String> v) { conventionParties = v; }
	public String getFollowUpInterviews() { return followUpInterviews; }
	public void setFollowUpInterviews(String v) { followUpInterviews = v; }
	public String getSigningDeadlineDays() { return signingDeadlineDays; }
	public void setSigningDeadlineDays(String v) { signingDeadlineDays = v; }
	public String getMaxHours() { return maxHours; }
	public void setMaxHours(String v) { maxHours = v; }
	public String getRetentionMonths() { return retentionMonths; }
	public void setRetentionMonths(String v) { retentionMonths = v; }
	public String getExtensionMonths() { return extensionMonths; }
	public void setExtensionMonths(String v) { extensionMonths = v; }
	public String getAppraisalQuestionnaire() { return appraisalQuestionnaire; }
	public void setAppraisalQuestionnaire(String v) { appraisalQuestionnaire = v; }
	public String getJointCommittees() { return jointCommittees; }
	public void setJointCommittees(String v) { jointCommittees = v; }
	public List<String> getStatuses() { return statuses; }
	public void setStatuses(List<String> v) { statuses = v; }
	public String getMinExperienceYears() { return minExperienceYears; }
	public void setMinExperienceYears(String v) { minExperienceYears = v; }
	public List<String> getResidenceRegions() { return residenceRegions; }
	public void setResidenceRegions(List<String> v) { residenceRegions = v; }
	public String getMinYearsSinceLast() { return minYearsSinceLast; }
	public void setMinYearsSinceLast(String v) { minYearsSinceLast = v; }
	public String getBudgetPeriodYears() { return budgetPeriodYears; }
	public void setBudgetPeriodYears(String v) { budgetPeriodYears = v; }
	public List<String> getBudgetHours() { return budgetHours; }
	public void setBudgetHours(List<String> v) { budgetHours = v; }
	public List<String> getBudgetDocuments() { return budgetDocuments; }
	public void setBudgetDocuments(List<String> v) { budgetDocuments = v; }
	public String getDurationMonths() { return durationMonths; }
	public void setDurationMonths(String v) { durationMonths = v; }
	public String getPaysBasis() { return paysBasis; }
	public void setPaysBasis(String v) { paysBasis = v; }
	public String getPaysAmount() { return paysAmount; }
	public void setPaysAmount(String v) { paysAmount = v; }

}

package be.balise.instruments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills portfolio: the worker and their counsellor record experiences and the skills drawn from each; both
 * read it by experience or by skill. Every read is audited per experience through {@link AssessmentAccess#readContent}.
 * The synthesis can read it through {@link #experiences}.
 */
@Service
@Transactional
public class PortfolioService {

	static final String KIND = "instruments.portfolio";

	private final Portfolio portfolio;
	private final AssessmentAccess access;
	private final Clock clock;

	PortfolioService(Portfolio portfolio, AssessmentAccess access, Clock clock) {
		this.portfolio = portfolio;
		this.access = access;
		this.clock = clock;
	}

	/** One skill named in one or more experiences: the view by skill. */
	public record SkillView(String name, List<Use> uses) {

		/** Where the skill was drawn from, with its rating there. */
		public record Use(Experience experience, Experience.Skill skill) {
		}

		public boolean transferable() {
			return uses.stream().anyMatch(use -> use.skill().transferable());
		}

		public int highestLevel() {
			return uses.stream().mapToInt(use -> use.skill().level()).max().orElse(0);
		}
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.INSTRUMENTS, AccessMode.READ);
	}

	/** The experiences with their skills, most recent first (each read audited). */
	public List<Experience> experiences(CurrentUser reader, BilanId bilan) {
		requireReadable(reader, bilan);
		List<Experience> experiences = portfolio.list(bilan.value());
		experiences.forEach(experience -> access.readContent(reader, bilan, BilanPart.INSTRUMENTS, KIND, experience.id(), "portfolio"));
		return experiences;
	}

	/** The same skills grouped by name (case and spaces ignored), in alphabetical order. */
	public static List<SkillView> bySkill(List<Experience> experiences, Locale locale) {
		Map<String, List<SkillView.Use>> grouped = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Experience experience : experiences) {
			for (Experience.Skill skill : experience.skills()) {
				String key = skill.name().strip().replaceAll("\\s+", " ").toLowerCase(locale);
				names.putIfAbsent(key, skill.name().strip());
				grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new SkillView.Use(experience, skill));
			}
		}
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		return grouped.entrySet().stream().map(entry -> new SkillView(names.get(entry.getKey()), List.copyOf(entry.getValue())))
				.sorted(Comparator.comparing(SkillView::name, collator)).toList();
	}

	public UUID addExperience(CurrentUser author, BilanId bilan, ExperienceForm form) {
		requireWriter(author, bilan);
		return portfolio.addExperience(bilan.value(), form, author.id().value(), clock.instant());
	}

	public UUID addSkill(CurrentUser author, BilanId bilan, SkillForm form) {
		requireWriter(author, bilan);
		if (!portfolio.hasExperience(bilan.value(), form.getExperience())) {
			throw new BilanNotFound();
		}
		return portfolio.addSkill(bilan.value(), form, author.id().value(), clock.instant());
	}

	public boolean deleteExperience(CurrentUser author, BilanId bilan, UUID experience) {
		requireWriter(author, bilan);
		return portfolio.deleteExperience(bilan.value(), experience);
	}

	public boolean deleteSkill(CurrentUser author, BilanId bilan, UUID skill) {
		requireWriter(author, bilan);
		return portfolio.deleteSkill(bilan.value(), skill);
	}

	/** Whether {@code user} may add to the portfolio of this bilan now: its worker or its counsellor, while open. */
	public boolean writable(CurrentUser user, BilanSummary bilan) {
		return !bilan.state().isFinal() && (access.allows(user, bilan, BilanPart.INSTRUMENTS, AccessMode.WRITE)
				|| access.actingRole(user, bilan).filter(Role.COUNSELLOR::equals).isPresent());
	}

	private BilanSummary requireWriter(CurrentUser user, BilanId bilan) {
		BilanSummary summary = requireReadable(user, bilan);
		if (!writable(user, summary)) {
			throw new BilanNotFound();
		}
		return summary;
	}
}

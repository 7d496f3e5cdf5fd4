package be.balise.instruments;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A skill drawn from an experience, as its form sends it: self-rated from 1 to 4, with its evidence. */
public class SkillForm {

	@NotNull(message = "portfolio.error.experience")
	private UUID experience;
	@NotBlank(message = "portfolio.error.name")
	@Size(max = 200, message = "portfolio.error.name")
	private String name = "";
	@NotNull(message = "portfolio.error.level")
	@Min(value = 1, message = "portfolio.error.level")
	@Max(value = 4, message = "portfolio.error.level")
	private Integer level;
	@NotNull(message = "portfolio.error.nature")
	private SkillNature nature;
	private boolean transferable;
	@Size(max = 5000, message = "portfolio.error.evidence")
	private String evidence = "";

	public UUID getExperience() { return experience; }
	public void setExperience(UUID experience) { this.experience = experience; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name == null ? "" : name.strip(); }
	public Integer getLevel() { return level; }
	public void setLevel(Integer level) { this.level = level; }
	public SkillNature getNature() { return nature; }
	public void setNature(SkillNature nature) { this.nature = nature; }
	public boolean isTransferable() { return transferable; }
	public void setTransferable(boolean transferable) { this.transferable = transferable; }
	public String getEvidence() { return evidence; }
	public void setEvidence(String evidence) { this.evidence = evidence == null ? "" : evidence.strip(); }
}

package be.balise.assessment;

import java.util.Set;

/**
 * Tables that refer to a bilan but hold only administration (states, dates, hours, parties), declared by
 * their module so that the content registry test knows they were classified on purpose.
 */
public interface AdministrativeRecords {

	Set<String> tables();
}

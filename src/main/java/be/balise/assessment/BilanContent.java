package be.balise.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of bilan content, registered by the module that owns it (a Spring bean): which tables hold it,
 * how it is exported for the worker and how it is destroyed when the retention period ends. A test fails
 * when a table that refers to a bilan is not registered here or as {@link AdministrativeRecords}.
 */
public interface BilanContent {

	/** A stable name, e.g. {@code request.reasons}. */
	String kind();

	/** The tables that hold this content. */
	Set<String> tables();

	/** Every piece of this content for one bilan, decrypted, for the worker's own data export. */
	List<Map<String, Object>> export(BilanId bilan);

	/** Destroys this content for one bilan; administration and legal records stay. */
	void destroy(BilanId bilan);
}

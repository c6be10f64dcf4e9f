package io.signalroom.customer.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.signalroom.customer.EventType;

/**
 * How a file's columns become customers or events; saved on the job and, by name, for
 * reuse. {@code fixedType} gives every event row the same type when no column holds it.
 */
public record ImportMapping(ImportTarget target, List<ColumnMapping> columns, EventType fixedType,
		CustomerLookup lookup) {

	public ImportMapping {
		columns = List.copyOf(columns);
		lookup = (lookup != null) ? lookup : CustomerLookup.EXTERNAL_ID;
	}

	public Optional<Integer> indexOf(ImportField field) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).field() == field) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/**
	 * Message keys of what keeps this mapping from being used, empty when it is complete.
	 */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (ImportField field : ImportField.forTarget(this.target)) {
			if (field.required() && indexOf(field).isEmpty()) {
				missing.add(field.messageKey());
			}
		}
		if (this.target == ImportTarget.EVENTS && this.fixedType == null && indexOf(ImportField.TYPE).isEmpty()) {
			missing.add(ImportField.TYPE.messageKey());
		}
		return missing;
	}

	/** The same mapping laid over another file's header, matching columns by name. */
	public ImportMapping over(List<String> header) {
		List<ColumnMapping> laid = new ArrayList<>();
		for (String name : header) {
			laid.add(this.columns.stream()
				.filter((c) -> c.header().equalsIgnoreCase(name))
				.findFirst()
				.orElse(ColumnMapping.ignore(name)));
		}
		return new ImportMapping(this.target, laid, this.fixedType, this.lookup);
	}

}

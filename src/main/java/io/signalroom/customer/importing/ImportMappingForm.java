package io.signalroom.customer.importing;

import java.util.ArrayList;
import java.util.List;

import io.signalroom.customer.EventType;

/**
 * The mapping step's form: what the file holds, what each column becomes, and optionally
 * a name to save the mapping under.
 */
public class ImportMappingForm {

	private ImportTarget target = ImportTarget.CUSTOMERS;

	private List<ColumnForm> columns = new ArrayList<>();

	private EventType fixedType;

	private CustomerLookup lookup = CustomerLookup.EXTERNAL_ID;

	private String saveAs;

	static ImportMappingForm of(ImportMapping mapping) {
		ImportMappingForm form = new ImportMappingForm();
		form.target = mapping.target();
		form.columns = new ArrayList<>(mapping.columns().stream().map(ColumnForm::of).toList());
		form.fixedType = mapping.fixedType();
		form.lookup = mapping.lookup();
		return form;
	}

	ImportMapping toMapping() {
		List<ColumnMapping> mapped = this.columns.stream()
			.map(ColumnForm::toMapping)
			.map((c) -> c.field().appliesTo(this.target) ? c : ColumnMapping.ignore(c.header()))
			.toList();
		return new ImportMapping(this.target, mapped, (this.target == ImportTarget.EVENTS) ? this.fixedType : null,
				this.lookup);
	}

	public ImportTarget getTarget() {
		return this.target;
	}

	public void setTarget(ImportTarget target) {
		this.target = target;
	}

	public List<ColumnForm> getColumns() {
		return this.columns;
	}

	public void setColumns(List<ColumnForm> columns) {
		this.columns = columns;
	}

	public EventType getFixedType() {
		return this.fixedType;
	}

	public void setFixedType(EventType fixedType) {
		this.fixedType = fixedType;
	}

	public CustomerLookup getLookup() {
		return this.lookup;
	}

	public void setLookup(CustomerLookup lookup) {
		this.lookup = lookup;
	}

	public String getSaveAs() {
		return this.saveAs;
	}

	public void setSaveAs(String saveAs) {
		this.saveAs = saveAs;
	}

}

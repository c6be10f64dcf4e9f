package io.signalroom.customer.importing;

/**
 * One column of the mapping form.
 */
public class ColumnForm {

	private String header;

	private ImportField field = ImportField.IGNORE;

	private DatePattern datePattern;

	private String values;

	public ColumnForm() {
	}

	static ColumnForm of(ColumnMapping column) {
		ColumnForm form = new ColumnForm();
		form.header = column.header();
		form.field = column.field();
		form.datePattern = column.datePattern();
		form.values = column.valuesAsText();
		return form;
	}

	ColumnMapping toMapping() {
		ImportField chosen = (this.field != null) ? this.field : ImportField.IGNORE;
		return new ColumnMapping(this.header, chosen, this.datePattern, ColumnMapping.parseValues(this.values));
	}

	public String getHeader() {
		return this.header;
	}

	public void setHeader(String header) {
		this.header = header;
	}

	public ImportField getField() {
		return this.field;
	}

	public void setField(ImportField field) {
		this.field = field;
	}

	public DatePattern getDatePattern() {
		return this.datePattern;
	}

	public void setDatePattern(DatePattern datePattern) {
		this.datePattern = datePattern;
	}

	public String getValues() {
		return this.values;
	}

	public void setValues(String values) {
		this.values = values;
	}

}

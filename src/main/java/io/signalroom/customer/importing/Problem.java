package io.signalroom.customer.importing;

/**
 * Why a row of the file cannot be imported: its row number as a spreadsheet counts them
 * (the header is row 1), the column concerned (null for the whole row), and what is
 * wrong.
 */
public record Problem(long rowNo, String column, Code code, String detail) {

	/** The kinds of problems, each with its message. */
	public enum Code {

		BAD_DATE, BAD_NUMBER, MISSING, TOO_LONG, UNKNOWN_VALUE, UNKNOWN_CUSTOMER, DUPLICATE, COLUMN_COUNT;

		public String messageKey() {
			return "import.problem." + name();
		}

	}

}

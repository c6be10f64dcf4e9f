package io.signalroom.customer.importing;

/**
 * Where an import job stands. Only a validated job can be imported or discarded.
 */
public enum ImportStatus {

	UPLOADED, VALIDATING, VALIDATED, IMPORTING, IMPORTED, DISCARDED, FAILED;

	public boolean running() {
		return this == VALIDATING || this == IMPORTING;
	}

	public boolean finished() {
		return this == IMPORTED || this == DISCARDED || this == FAILED;
	}

	public String messageKey() {
		return "import.status." + name();
	}

}

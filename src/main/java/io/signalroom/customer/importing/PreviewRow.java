package io.signalroom.customer.importing;

import java.util.List;

/**
 * A row of the mapping preview: the values as they would be imported and what is wrong.
 */
public record PreviewRow(long rowNo, List<String> values, List<String> problems) {

	public boolean valid() {
		return this.problems.isEmpty();
	}

}

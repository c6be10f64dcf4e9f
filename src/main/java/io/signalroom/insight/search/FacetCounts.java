package io.signalroom.insight.search;

import java.util.List;

/**
 * A facet's most frequent values under the search and the other chosen facets, with how
 * many insights each would show; {@code more} when values were left out.
 */
public record FacetCounts(Facet facet, List<Value> values, boolean more) {

	public record Value(String value, String label, long count, boolean chosen) {

	}

}

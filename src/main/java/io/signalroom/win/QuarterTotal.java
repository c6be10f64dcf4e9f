package io.signalroom.win;

import java.math.BigDecimal;

/**
 * The wins of one calendar quarter: how many, and their known value added up (wins
 * without a value count but add nothing).
 */
public record QuarterTotal(int year, int quarter, long count, BigDecimal value) {

	/** As "2026 Q3". */
	public String label() {
		return this.year + " Q" + this.quarter;
	}

}

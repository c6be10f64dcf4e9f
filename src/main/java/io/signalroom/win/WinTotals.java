package io.signalroom.win;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (the dashboard) may read about wins: totals per quarter.
 */
@Service
@Transactional(readOnly = true)
public class WinTotals {

	private final JdbcClient jdbc;

	WinTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The workspace's wins per calendar quarter of their date, newest quarter first. */
	public List<QuarterTotal> perQuarter(long workspaceId) {
		return this.jdbc.sql("""
				select extract(year from won_on)::int as year, extract(quarter from won_on)::int as quarter,
				       count(*) as count, coalesce(sum(value_amount), 0)::numeric(14, 2) as value
				from win where workspace_id = ?
				group by 1, 2 order by 1 desc, 2 desc""").param(workspaceId).query(QuarterTotal.class).list();
	}

}

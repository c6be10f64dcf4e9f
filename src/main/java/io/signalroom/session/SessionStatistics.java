package io.signalroom.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.CadenceReport;
import io.signalroom.session.planning.Sessions;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a workspace keeps up its practice, for dashboards: sessions held per week, the
 * streak of weeks with a session, whether each series keeps its cadence, and how many
 * interpretations each department logs per week. A session counts as held once it has
 * started (and was not cancelled), in the week it started. Weeks start on Monday, in UTC.
 */
@Service
@Transactional(readOnly = true)
public class SessionStatistics {

	private final JdbcClient jdbc;

	private final Sessions sessions;

	SessionStatistics(JdbcClient jdbc, Sessions sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/** The Monday of the week the day falls in. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Sessions held per week, for the weeks starting on or after {@code fromWeek} and
	 * before {@code untilWeek} (only weeks with a session).
	 */
	public List<WeekCount> heldPerWeek(long workspaceId, LocalDate fromWeek, LocalDate untilWeek) {
		return this.jdbc.sql("""
				select date_trunc('week', started_at at time zone 'UTC')::date as week, count(*) as count
				from practice_session
				where workspace_id = ? and status <> 'CANCELLED'
				  and started_at >= ?::timestamp at time zone 'UTC' and started_at < ?::timestamp at time zone 'UTC'
				group by 1 order by 1""").params(workspaceId, fromWeek, untilWeek).query(WeekCount.class).list();
	}

	/**
	 * How many weeks in a row, up to the week of {@code today}, held at least one
	 * session. A week still under way without a session yet does not break the streak.
	 */
	public int weeklyStreak(long workspaceId, LocalDate today) {
		Set<LocalDate> weeks = new HashSet<>(this.jdbc.sql("""
				select distinct date_trunc('week', started_at at time zone 'UTC')::date from practice_session
				where workspace_id = ? and status <> 'CANCELLED' and started_at is not null""")
			.param(workspaceId)
			.query(LocalDate.class)
			.list());
		LocalDate week = weekOf(today);
		if (!weeks.contains(week)) {
			week = week.minusWeeks(1);
		}
		int streak = 0;
		while (weeks.contains(week)) {
			streak++;
			week = week.minusWeeks(1);
		}
		return streak;
	}

	/** Each series of the workspace with how well it kept its cadence so far. */
	public List<SeriesCadence> seriesCadence(long workspaceId, Instant now) {
		return this.jdbc.sql("select id, title, cadence from session_series where workspace_id = ? order by title, id")
			.param(workspaceId)
			.query((rs, n) -> {
				long seriesId = rs.getLong("id");
				Cadence cadence = Cadence.valueOf(rs.getString("cadence"));
				CadenceReport report = CadenceReport.of(cadence,
						this.sessions.findByWorkspaceIdAndSeriesIdOrderByScheduledStart(workspaceId, seriesId), now);
				return new SeriesCadence(seriesId, rs.getString("title"), cadence.messageKey(), report.kept(),
						report.due(), report.streak());
			})
			.list();
	}

	/**
	 * Interpretations logged per week and author department, for the weeks starting on or
	 * after {@code fromWeek} and before {@code untilWeek} (only non-zero).
	 */
	public List<DepartmentWeek> interpretationsPerDepartment(long workspaceId, LocalDate fromWeek,
			LocalDate untilWeek) {
		return this.jdbc.sql("""
				select date_trunc('week', created_at at time zone 'UTC')::date as week, department, count(*) as count
				from interpretation
				where workspace_id = ?
				  and created_at >= ?::timestamp at time zone 'UTC' and created_at < ?::timestamp at time zone 'UTC'
				group by 1, 2 order by 1, 2""")
			.params(workspaceId, fromWeek, untilWeek)
			.query(DepartmentWeek.class)
			.list();
	}

	public record WeekCount(LocalDate week, long count) {

	}

	public record DepartmentWeek(LocalDate week, Department department, long count) {

	}

	/**
	 * A series' cadence so far: of the {@code due} planned dates that passed,
	 * {@code kept} were held on time; {@code streak} is the current run of kept dates.
	 */
	public record SeriesCadence(long seriesId, String title, String cadenceMessageKey, int kept, int due, int streak) {

	}

}

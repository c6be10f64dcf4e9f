package io.signalroom.signal.scorecard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.signal.Sentiment;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of signals by any member. A member has one rating per signal type and one per
 * detected signal; rating again replaces it. The spread compares departments.
 */
@Service
public class Scorecards {

	static final List<String> DIMENSIONS = List.of("frequency", "intensity", "urgency", "sentiment");

	private final JdbcClient jdbc;

	private final Clock clock;

	Scorecards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void rate(CurrentMember me, long signalTypeId, ScorecardForm form) {
		requireType(me.workspaceId(), signalTypeId);
		if (form.detectedSignalId() != null) {
			boolean ofType = this.jdbc
				.sql("select count(*) from detected_signal where workspace_id = ? and id = ? and signal_type_id = ?")
				.params(me.workspaceId(), form.detectedSignalId(), signalTypeId)
				.query(Long.class)
				.single() > 0;
			if (!ofType) {
				throw new NotFoundException("Detected signal");
			}
		}
		this.jdbc.sql("""
				delete from signal_scorecard where workspace_id = :ws and signal_type_id = :type and rater_id = :me
				  and coalesce(detected_signal_id, 0) = coalesce(cast(:detected as bigint), 0)""")
			.param("ws", me.workspaceId())
			.param("type", signalTypeId)
			.param("me", me.userId())
			.param("detected", form.detectedSignalId())
			.update();
		this.jdbc
			.sql("""
					insert into signal_scorecard (workspace_id, signal_type_id, detected_signal_id, rater_id, rater_department,
					                              frequency, intensity, urgency, sentiment, comment, rated_at)
					values (:ws, :type, cast(:detected as bigint), :me, :dept, :f, :i, :u, :s, :comment, :at)""")
			.param("ws", me.workspaceId())
			.param("type", signalTypeId)
			.param("detected", form.detectedSignalId())
			.param("me", me.userId())
			.param("dept", me.department().name())
			.param("f", form.frequency())
			.param("i", form.intensity())
			.param("u", form.urgency())
			.param("s", form.sentiment().name())
			.param("comment", (form.comment() != null && !form.comment().isBlank()) ? form.comment().strip() : null)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public Spread spread(CurrentMember me, long signalTypeId) {
		requireType(me.workspaceId(), signalTypeId);
		List<DepartmentSpread> departments = this.jdbc.sql("""
				select rater_department, count(*), avg(frequency), avg(intensity), avg(urgency),
				       avg(case sentiment when 'POSITIVE' then 1 when 'NEGATIVE' then -1 else 0 end),
				       min(urgency), max(urgency)
				from signal_scorecard where workspace_id = ? and signal_type_id = ?
				group by rater_department order by rater_department""")
			.params(me.workspaceId(), signalTypeId)
			.query((rs, n) -> new DepartmentSpread(Department.valueOf(rs.getString(1)), rs.getInt(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8)))
			.list();
		List<RatingComment> comments = this.jdbc.sql("""
				select u.display_name, s.rater_department, s.frequency, s.intensity, s.urgency, s.sentiment, s.comment,
				       s.rated_at, s.detected_signal_id
				from signal_scorecard s join member_fact u on u.workspace_id = s.workspace_id and u.user_id = s.rater_id
				where s.workspace_id = ? and s.signal_type_id = ? order by s.rated_at desc""")
			.params(me.workspaceId(), signalTypeId)
			.query((rs, n) -> new RatingComment(rs.getString(1), Department.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getInt(4), rs.getInt(5), Sentiment.valueOf(rs.getString(6)), rs.getString(7),
					rs.getTimestamp(8).toInstant(), (Long) rs.getObject(9)))
			.list();
		return new Spread(departments, largestDisagreement(departments), comments);
	}

	/**
	 * The dimension on which two departments' averages differ most. Sentiment runs from
	 * -1 to +1 while the others run from 1 to 5, so its gap is scaled by 2 to compare.
	 */
	static Disagreement largestDisagreement(List<DepartmentSpread> departments) {
		if (departments.size() < 2) {
			return null;
		}
		Disagreement widest = null;
		double widestGap = -1;
		for (String dimension : DIMENSIONS) {
			DepartmentSpread low = departments.get(0);
			DepartmentSpread high = departments.get(0);
			for (DepartmentSpread d : departments) {
				low = (d.value(dimension) < low.value(dimension)) ? d : low;
				high = (d.value(dimension) > high.value(dimension)) ? d : high;
			}
			double gap = (high.value(dimension) - low.value(dimension)) * (dimension.equals("sentiment") ? 2 : 1);
			if (gap > widestGap) {
				widestGap = gap;
				widest = new Disagreement(dimension, low.department(), low.value(dimension), high.department(),
						high.value(dimension));
			}
		}
		return (widestGap > 0) ? widest : null;
	}

	private void requireType(long workspaceId, long signalTypeId) {
		boolean exists = this.jdbc.sql("select count(*) from signal_type where workspace_id = ? and id = ?")
			.params(workspaceId, signalTypeId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new NotFoundException("Signal type");
		}
	}

}

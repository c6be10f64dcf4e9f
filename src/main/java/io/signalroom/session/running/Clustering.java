package io.signalroom.session.running;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.web.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups a session's interpretations into named clusters, the drafts of later insights.
 * An interpretation sits in at most one cluster: adding it elsewhere moves it.
 */
@Service
public class Clustering {

	public static final int MAX_NAME = 120;

	private final PracticeSessions sessions;

	private final Interpretations interpretations;

	private final JdbcClient jdbc;

	private final LiveEvents live;

	private final java.time.Clock clock;

	Clustering(PracticeSessions sessions, Interpretations interpretations, JdbcClient jdbc, LiveEvents live,
			java.time.Clock clock) {
		this.sessions = sessions;
		this.interpretations = interpretations;
		this.jdbc = jdbc;
		this.live = live;
		this.clock = clock;
	}

	public record Cluster(long id, String name, List<Long> interpretationIds) {

	}

	/**
	 * Puts the chosen interpretations into a new cluster of that name, or into an
	 * existing cluster when {@code clusterId} is given.
	 */
	@Transactional
	public long group(CurrentMember me, long sessionId, Long clusterId, String name, Collection<Long> entryIds) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators group the board");
		}
		if (entryIds == null || entryIds.isEmpty()) {
			throw new RuleViolation("entryIds", "session.cluster.noEntries");
		}
		Set<Long> visible = this.interpretations.visibleTo(me.workspaceId(), sessionId, me.userId())
			.stream()
			.map(Interpretation::getId)
			.collect(Collectors.toSet());
		if (!visible.containsAll(entryIds)) {
			throw new NotFoundException("Interpretation");
		}
		long target = (clusterId != null) ? existing(me, sessionId, clusterId) : create(me, sessionId, name);
		for (Long entry : entryIds) {
			this.jdbc.sql("""
					insert into cluster_entry (cluster_id, interpretation_id) values (?, ?)
					on conflict (interpretation_id) do update set cluster_id = excluded.cluster_id""")
				.params(target, entry)
				.update();
		}
		this.live.publish(SessionTopics.of(session.workspaceId(), sessionId), SessionTopics.BOARD_CHANGED, "cluster");
		return target;
	}

	/** The session's clusters, oldest first, with their interpretations. */
	@Transactional(readOnly = true)
	public List<Cluster> clusters(long workspaceId, long sessionId) {
		Map<Long, Cluster> byId = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.name, e.interpretation_id from interpretation_cluster c
				left join cluster_entry e on e.cluster_id = c.id
				where c.workspace_id = ? and c.session_id = ? order by c.id, e.interpretation_id""")
			.params(workspaceId, sessionId)
			.query((rs) -> {
				String clusterName = rs.getString(2);
				Cluster cluster = byId.computeIfAbsent(rs.getLong(1),
						(id) -> new Cluster(id, clusterName, new ArrayList<>()));
				long entry = rs.getLong(3);
				if (!rs.wasNull()) {
					cluster.interpretationIds().add(entry);
				}
			});
		return List.copyOf(byId.values());
	}

	private long existing(CurrentMember me, long sessionId, long clusterId) {
		return this.jdbc
			.sql("select id from interpretation_cluster where workspace_id = ? and session_id = ? and id = ?")
			.params(me.workspaceId(), sessionId, clusterId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Cluster"));
	}

	private long create(CurrentMember me, long sessionId, String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw new RuleViolation("name", "session.cluster.name", MAX_NAME);
		}
		return this.jdbc.sql("""
				insert into interpretation_cluster (workspace_id, session_id, name, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(me.workspaceId(), sessionId, stripped, me.userId(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

}

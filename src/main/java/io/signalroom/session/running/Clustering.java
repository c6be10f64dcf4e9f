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
import io.signalroom.shared.RuleViolation;
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
		SessionView session = facilitated(me, sessionId);
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
		changed(session, "cluster");
		return target;
	}

	/** Gives a cluster of the session a new name. */
	@Transactional
	public void rename(CurrentMember me, long sessionId, long clusterId, String name) {
		SessionView session = facilitated(me, sessionId);
		String stripped = checkedName(name);
		this.jdbc.sql("update interpretation_cluster set name = ? where workspace_id = ? and session_id = ? and id = ?")
			.params(stripped, me.workspaceId(), sessionId, existing(me, sessionId, clusterId))
			.update();
		changed(session, "cluster-renamed");
	}

	/**
	 * Takes an interpretation out of a cluster (back onto the board only); the cluster
	 * stays, empty or not, until the facilitator deletes it.
	 */
	@Transactional
	public void remove(CurrentMember me, long sessionId, long clusterId, long interpretationId) {
		SessionView session = facilitated(me, sessionId);
		int removed = this.jdbc.sql("delete from cluster_entry where cluster_id = ? and interpretation_id = ?")
			.params(existing(me, sessionId, clusterId), interpretationId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("Cluster entry");
		}
		changed(session, "cluster-entry-removed");
	}

	/** Deletes a cluster that holds no interpretations; a full one is refused. */
	@Transactional
	public void delete(CurrentMember me, long sessionId, long clusterId) {
		SessionView session = facilitated(me, sessionId);
		long cluster = existing(me, sessionId, clusterId);
		// locks the cluster so an interpretation grouped into it meanwhile is not lost
		this.jdbc.sql("select id from interpretation_cluster where id = ? for update")
			.param(cluster)
			.query()
			.listOfRows();
		long entries = this.jdbc.sql("select count(*) from cluster_entry where cluster_id = ?")
			.param(cluster)
			.query(Long.class)
			.single();
		if (entries > 0) {
			throw new RuleViolation(null, "session.cluster.notEmpty", entries);
		}
		this.jdbc.sql("delete from interpretation_cluster where id = ?").param(cluster).update();
		changed(session, "cluster-deleted");
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

	private SessionView facilitated(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators arrange clusters");
		}
		return session;
	}

	private void changed(SessionView session, String what) {
		this.live.publish(SessionTopics.of(session.workspaceId(), session.id()), SessionTopics.BOARD_CHANGED, what);
	}

	/**
	 * The cluster's id, if it is the session's; the key-share lock makes a concurrent
	 * delete either wait for this change or win, leaving a 404 here instead of a foreign
	 * key error.
	 */
	private long existing(CurrentMember me, long sessionId, long clusterId) {
		return this.jdbc.sql(
				"select id from interpretation_cluster where workspace_id = ? and session_id = ? and id = ? for key share")
			.params(me.workspaceId(), sessionId, clusterId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Cluster"));
	}

	private long create(CurrentMember me, long sessionId, String name) {
		return this.jdbc.sql("""
				insert into interpretation_cluster (workspace_id, session_id, name, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(me.workspaceId(), sessionId, checkedName(name), me.userId(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	private static String checkedName(String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw new RuleViolation("name", "session.cluster.name", MAX_NAME);
		}
		return stripped;
	}

}

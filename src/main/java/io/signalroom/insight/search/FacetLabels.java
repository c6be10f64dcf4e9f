package io.signalroom.insight.search;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.session.SessionEvidence;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.CurrentMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What facet values are called: categories, statuses and departments by their messages,
 * signal types and sessions by their names in the member's workspace (every member may
 * know a session's focus and date, as on the insight page). A session that is gone is
 * named by its number only.
 */
@Component
class FacetLabels {

	private final SignalTaxonomy taxonomy;

	private final SessionEvidence sessions;

	private final MessageSource messages;

	FacetLabels(SignalTaxonomy taxonomy, SessionEvidence sessions, MessageSource messages) {
		this.taxonomy = taxonomy;
		this.sessions = sessions;
		this.messages = messages;
	}

	Labels lookUp(CurrentMember me, Collection<Long> signalTypeIds, Collection<Long> sessionIds) {
		Map<Long, String> typeNames = this.taxonomy.signalTypeNames(me.workspaceId(), signalTypeIds);
		Map<Long, SessionEvidence.SessionHeading> headings = this.sessions.headings(me.workspaceId(), sessionIds);
		Map<Long, String> sessionNames = new HashMap<>();
		sessionIds.forEach((id) -> sessionNames.put(id, sessionName(headings.get(id), id)));
		return new Labels(typeNames, sessionNames);
	}

	private String sessionName(SessionEvidence.SessionHeading session, long id) {
		if (session == null) {
			return message("repository.session.unnamed", id);
		}
		return message("repository.session.name", session.focus(),
				session.scheduledStart().atZone(ZoneOffset.UTC).toLocalDate(), id);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private String messageOr(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	/** Labels for the values of one search's facets and hits. */
	final class Labels {

		private final Map<Long, String> typeNames;

		private final Map<Long, String> sessionNames;

		Labels(Map<Long, String> typeNames, Map<Long, String> sessionNames) {
			this.typeNames = typeNames;
			this.sessionNames = sessionNames;
		}

		String of(Facet facet, String value) {
			return switch (facet) {
				case CATEGORY -> messageOr("insightCategory." + value, value);
				case STATUS -> messageOr("insightStatus." + value, value);
				case DEPARTMENT -> messageOr("department." + value, value);
				case SIGNAL_TYPE -> known(this.typeNames, value, "repository.signalType.unknown");
				case SESSION -> known(this.sessionNames, value, "repository.session.unnamed");
				case SEGMENT, TAG -> value;
			};
		}

		/** The search in words, one line per part: "Tag: pricing". */
		List<String> describe(InsightQuery query) {
			List<String> lines = new ArrayList<>();
			if (query.q() != null) {
				lines.add(message("repository.describe.words", query.q()));
			}
			query.facets()
				.forEach((facet, value) -> lines
					.add(message("repository.describe.facet", message(facet.messageKey()), of(facet, value))));
			if (query.from() != null) {
				lines.add(message("repository.describe.from", query.from()));
			}
			if (query.to() != null) {
				lines.add(message("repository.describe.to", query.to()));
			}
			return lines;
		}

		private String known(Map<Long, String> names, String value, String fallbackKey) {
			String name = names.get(Long.valueOf(value));
			return (name != null) ? name : message(fallbackKey, value);
		}

	}

}

package io.signalroom.bench;

import java.util.List;

import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a workspace's insights set-based (the same data every run) with text whose
 * words follow a Zipf-like law, as real writing does: a vocabulary of {@link #VOCABULARY}
 * words where the word of rank r is drawn with probability about 1/(r ln N). The first
 * ranks are English stop words (which the search ignores) and then {@link #DOMAIN_WORDS}
 * in order, so the common words are real and common ("customer", "support", "churn"
 * appear in a large share of insights) and words around rank 60 to 100 ("sponsor",
 * "executive") appear in 2 to 4 %; the long tail is made-up words from syllables, each
 * rare. Statements have 8 to 15 words, 70 % of insights a test plan of 6 to 12 words;
 * words are drawn independently (real text clusters by topic, which makes pairs of
 * middling words co-occur somewhat more often than here). Tags, departments, segments,
 * signal types and sessions are spread by hashes of the row number; creation dates run
 * over three years in insertion order, as an application that records insights when they
 * happen stores them (so dates follow where rows lie, which the planner counts on).
 */
final class InsightBenchData {

	static final int VOCABULARY = 4000;

	/** After ten stop words, ranks 11 onwards: most common first. */
	static final String[] DOMAIN_WORDS = { "customer", "account", "support", "churn", "renewal", "team", "usage",
			"ticket", "pricing", "onboarding", "login", "sales", "call", "email", "plan", "upgrade", "trial", "feature",
			"invoice", "demo", "contract", "admin", "success", "product", "quarter", "week", "risk", "champion",
			"discount", "integration", "report", "dashboard", "billing", "feedback", "survey", "score", "response",
			"meeting", "budget", "workflow", "adoption", "expansion", "downgrade", "escalation", "competitor",
			"migration", "license", "seat", "partner", "referral", "review", "security", "training", "newsletter",
			"campaign", "lead", "pipeline", "forecast", "webinar", "sponsor", "executive", "procurement", "legal",
			"outage", "latency", "bug", "roadmap", "export", "import", "api", "mobile", "notification", "permission",
			"workspace", "template", "analytics", "benchmark", "cohort", "segment", "persona", "journey", "handoff",
			"backlog", "sprint", "refund", "payment", "renewals", "retention", "activation", "engagement", "sentiment",
			"detractor", "promoter", "stakeholder", "consultant", "agency", "reseller", "startup", "enterprise",
			"education", "nonprofit", "healthcare", "retail", "logistics", "finance", "manufacturing", "government",
			"region", "timezone", "holiday", "weekend", "deadline", "milestone" };

	/** 20 syllables make 8,000 three-syllable words for the long tail. */
	static final String[] SYLLABLES = { "ba", "dor", "fi", "gal", "ku", "lem", "mo", "nir", "po", "rak", "su", "tem",
			"vi", "wol", "za", "bri", "kon", "mel", "tus", "yar" };

	private InsightBenchData() {
	}

	/**
	 * Inserts the insights with the table's GIN indexes dropped and then builds them
	 * again from their own definitions: building an index once is much faster than
	 * keeping it up to date row by row, and the result is the same index.
	 */
	static void generate(JdbcClient jdbc, TransactionTemplate transaction, CurrentMember author, int insights) {
		List<String> indexes = jdbc
			.sql("select indexdef from pg_indexes where tablename = 'insight' and indexdef like '%USING gin%'")
			.query(String.class)
			.list();
		transaction.executeWithoutResult((tx) -> {
			indexes.forEach((index) -> jdbc.sql("drop index " + index.split(" ")[2]).update());
			insert(jdbc, author, insights);
			jdbc.sql("set local maintenance_work_mem = '256MB'").update();
			indexes.forEach((index) -> jdbc.sql(index).update());
		});
		jdbc.sql("vacuum analyze insight").update();
	}

	private static void insert(JdbcClient jdbc, CurrentMember author, int insights) {
		jdbc.sql(
				"""
						insert into practice_session (workspace_id, focus, learning_goal, facilitator_id, status, scheduled_start,
						                              duration_minutes, join_code, created_by)
						select :ws, (array['Quiet SMB accounts', 'Upsell triggers', 'Lead quality review', 'Retention review',
						                   'Support time to resolution', 'Campaign alignment'])[1 + g % 6] || ' #' || g,
						       'OTHER', :user, 'PLANNED', now() - g * interval '7 days', 60, 'Q' || lpad(g::text, 5, '0'), :user
						from generate_series(1, 60) g""")
			.param("ws", author.workspaceId())
			.param("user", author.userId())
			.update();
		jdbc.sql(
				"""
						with v as (
						  select array_cat(array['the', 'of', 'and', 'to', 'a', 'in', 'for', 'with', 'on', 'after']
						                   || cast(:domain as text[]),
						                   array(select w from (select s1 || s2 || s3 as w
						                                        from unnest(cast(:syllables as text[])) s1,
						                                             unnest(cast(:syllables as text[])) s2,
						                                             unnest(cast(:syllables as text[])) s3) made
						                         order by hashtext(w), w
						                         limit :made)) as words,
						         array['renewal rate', 'upgrade rate', 'churn rate', 'ticket volume', 'time to first value',
						               'win rate', 'NPS', 'login frequency'] as metric,
						         array['pricing', 'onboarding', 'churn-risk', 'upsell', 'support', 'champion', 'webinar', 'billing',
						               'nps', 'integration', 'enterprise', 'trial', 'renewal', 'adoption', 'silence', 'expansion',
						               'discount', 'security', 'training', 'reporting', 'lead-quality', 'handoff', 'social',
						               'newsletter', 'api', 'contract', 'refund', 'backlog', 'q3-review', 'campaign'] as tag,
						         array['SALES', 'MARKETING', 'SUPPORT', 'CUSTOMER_SUCCESS', 'PRODUCT', 'DATA_BI', 'REVOPS',
						               'UX'] as dept,
						         array['SMB', 'Mid-market', 'Enterprise', 'Startup', 'Education', 'Public sector'] as segment,
						         (select array_agg(id order by id) from practice_session where workspace_id = :ws) as sessions,
						         (select array_agg(id order by id) from signal_type where workspace_id = :ws) as types),
						r as (
						  select g, abs(hashint4(g)) as h1, abs(hashint4(g + 7919)) as h2, abs(hashint4(g * 31 + 17)) as h3,
						         abs(hashint4(g * 131 + 3)) as h4
						  from generate_series(1, :n) g),
						t as (
						  -- a Zipf draw: rank floor(N^u) for u uniform in [0, 1), in float8 (numeric is 30x slower)
						  select r.*,
						         (select string_agg(v.words[floor(power(cast(:vocabulary as float8),
						                     cast(hashint8(r.g * 64 + k) & 2147483647 as float8) / 2147483648))::int], ' ' order by k)
						          from generate_series(1, 8 + r.h1 % 8) k) as statement_words,
						         (select string_agg(v.words[floor(power(cast(:vocabulary as float8),
						                     cast(hashint8(r.g * 64 + 32 + k) & 2147483647 as float8) / 2147483648))::int], ' ' order by k)
						          from generate_series(1, 6 + r.h3 % 7) k) as plan_words
						  from r cross join v)
						insert into insight (workspace_id, session_id, statement, category, status, test_plan, departments,
						                     signal_type_ids, segments, tags, created_by, created_at, updated_at)
						select :ws,
						       case when t.h1 % 10 < 4 then v.sessions[1 + t.h2 % 60] end,
						       upper(left(t.statement_words, 1)) || substr(t.statement_words, 2),
						       (array['BEHAVIOUR_TRIGGER', 'RECOMMENDED_RESPONSE', 'DEPARTMENTAL_IMPLICATION'])[1 + t.h4 % 3],
						       (array['HYPOTHESIS', 'HYPOTHESIS', 'HYPOTHESIS', 'VALIDATED', 'VALIDATED', 'REFUTED'])[1 + t.h3 % 6],
						       case when t.h2 % 10 < 7 then 'Compare the ' || v.metric[1 + t.h4 % 8] || ' ' || t.plan_words end,
						       case when t.h4 % 2 = 0 then array[v.dept[1 + t.h1 % 8]]
						            else array[v.dept[1 + t.h1 % 8], v.dept[1 + (t.h1 % 8 + 1 + t.h2 % 7) % 8]] end,
						       case when t.h1 % 5 = 0 then '{}'::bigint[]
						            when t.h1 % 5 = 1 then array[v.types[1 + t.h3 % cardinality(v.types)],
						                                         v.types[1 + (t.h3 + 1) % cardinality(v.types)]]
						            else array[v.types[1 + t.h3 % cardinality(v.types)]] end,
						       case when t.h2 % 5 = 0 then '{}'::varchar[] else array[v.segment[1 + t.h4 % 6]] end,
						       case when t.h3 % 3 = 0 then array[v.tag[1 + t.h4 % 30]]
						            else array[v.tag[1 + t.h4 % 30], v.tag[1 + (t.h4 % 30 + 1 + t.h1 % 29) % 30]] end,
						       :user, now() - (:n - t.g) * (interval '1095 days' / :n) - (t.h3 % 3600) * interval '1 second',
						       now()
						from t cross join v""")
			.param("ws", author.workspaceId())
			.param("user", author.userId())
			.param("n", insights)
			.param("vocabulary", VOCABULARY)
			.param("domain", DOMAIN_WORDS)
			.param("syllables", SYLLABLES)
			.param("made", VOCABULARY - 10 - DOMAIN_WORDS.length)
			.update();
	}

}

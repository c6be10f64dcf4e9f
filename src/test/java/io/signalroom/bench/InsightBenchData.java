package io.signalroom.bench;

import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates a workspace's insights set-based, from a small vocabulary of the seeds'
 * signals and outcomes, so word searches match a realistic share of them: 60 sessions,
 * then statements, test plans, tags, departments, segments and the starter signal types,
 * spread by hashes of the row number (the same data every run).
 */
final class InsightBenchData {

	private InsightBenchData() {
	}

	static void generate(JdbcClient jdbc, CurrentMember author, int insights) {
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
						  select array['Accounts', 'SMB customers', 'Enterprise accounts', 'Trial users', 'Champions', 'Admins',
						               'New signups', 'Power users', 'Customers in onboarding', 'Mid-market accounts',
						               'Education customers', 'Startups', 'Leads from webinars', 'Inbound leads',
						               'Customers on the team plan', 'Renewing accounts', 'Accounts with one admin',
						               'Customers after a price change', 'Accounts in the public sector', 'Agencies'] as subject,
						         array['who visit the pricing page twice in a week', 'with three support tickets in a day',
						               'who skip the onboarding checklist', 'who stop logging in for three weeks',
						               'who attend a webinar and click the demo email', 'who download the security whitepaper',
						               'after a plan downgrade', 'who ask support about enterprise features',
						               'with delayed email replies', 'whose champion leaves', 'with an escalated support ticket',
						               'who answer the NPS survey with a detractor score', 'who invite five colleagues',
						               'who connect the CRM integration', 'with a drop in weekly logins',
						               'who book a demo within three days', 'who read the API documentation',
						               'with unpaid invoices', 'who mention us on social media',
						               'who open every product newsletter', 'with a support backlog over a week',
						               'who export their data', 'who use only one feature', 'who request a custom contract',
						               'with billing changes twice a quarter', 'who compare competitors on review sites',
						               'who ask for training', 'with no activity after onboarding', 'who add a second workspace',
						               'who turn off email notifications'] as signal,
						         array['renew less often', 'upgrade within a month', 'churn within a quarter',
						               'need a success call', 'respond to a discount offer', 'close faster',
						               'expand to another team', 'become references', 'downgrade at renewal',
						               'open more tickets later', 'convert from trial', 'stall in the pipeline',
						               'ask for a refund', 'adopt the new reporting feature', 'churn unless support follows up',
						               'need an executive sponsor', 'buy the enterprise plan', 'reply to sales within a day',
						               'renew early', 'leave silently'] as outcome,
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
						  from generate_series(1, :n) g)
						insert into insight (workspace_id, session_id, statement, category, status, test_plan, departments,
						                     signal_type_ids, segments, tags, created_by, created_at, updated_at)
						select :ws,
						       case when r.h1 % 10 < 4 then v.sessions[1 + r.h2 % 60] end,
						       v.subject[1 + r.h1 % 20] || ' ' || v.signal[1 + r.h2 % 30] || ' ' || v.outcome[1 + r.h3 % 20],
						       (array['BEHAVIOUR_TRIGGER', 'RECOMMENDED_RESPONSE', 'DEPARTMENTAL_IMPLICATION'])[1 + r.h4 % 3],
						       (array['HYPOTHESIS', 'HYPOTHESIS', 'HYPOTHESIS', 'VALIDATED', 'VALIDATED', 'REFUTED'])[1 + r.h3 % 6],
						       case when r.h2 % 10 < 7 then 'Compare the ' || v.metric[1 + r.h4 % 8] || ' of ' ||
						            lower(v.subject[1 + r.h2 % 20]) || ' with the rest over the next ' || (1 + r.h1 % 3) ||
						            ' months' end,
						       case when r.h4 % 2 = 0 then array[v.dept[1 + r.h1 % 8]]
						            else array[v.dept[1 + r.h1 % 8], v.dept[1 + (r.h1 % 8 + 1 + r.h2 % 7) % 8]] end,
						       case when r.h1 % 5 = 0 then '{}'::bigint[]
						            when r.h1 % 5 = 1 then array[v.types[1 + r.h3 % cardinality(v.types)],
						                                         v.types[1 + (r.h3 + 1) % cardinality(v.types)]]
						            else array[v.types[1 + r.h3 % cardinality(v.types)]] end,
						       case when r.h2 % 5 = 0 then '{}'::varchar[] else array[v.segment[1 + r.h4 % 6]] end,
						       case when r.h3 % 3 = 0 then array[v.tag[1 + r.h4 % 30]]
						            else array[v.tag[1 + r.h4 % 30], v.tag[1 + (r.h4 % 30 + 1 + r.h1 % 29) % 30]] end,
						       :user, now() - (r.h2 % 1095) * interval '1 day' - (r.h3 % 86400) * interval '1 second',
						       now()
						from r cross join v""")
			.param("ws", author.workspaceId())
			.param("user", author.userId())
			.param("n", insights)
			.update();
		jdbc.sql("vacuum analyze insight").update();
	}

}

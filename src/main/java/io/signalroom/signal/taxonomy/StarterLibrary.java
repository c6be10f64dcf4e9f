package io.signalroom.signal.taxonomy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalNature;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.workspace.Department;

import static io.signalroom.customer.EventType.BILLING_CHANGE;
import static io.signalroom.customer.EventType.CONTENT_DOWNLOAD;
import static io.signalroom.customer.EventType.EMAIL_CLICK;
import static io.signalroom.customer.EventType.EMAIL_OPEN;
import static io.signalroom.customer.EventType.EMAIL_REPLY;
import static io.signalroom.customer.EventType.FEATURE_USED;
import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.PLAN_DOWNGRADE;
import static io.signalroom.customer.EventType.PRICING_PAGE_VIEW;
import static io.signalroom.customer.EventType.PROPOSAL_VIEWED;
import static io.signalroom.customer.EventType.SOCIAL_MENTION;
import static io.signalroom.customer.EventType.TICKET_ESCALATED;
import static io.signalroom.customer.EventType.TICKET_OPENED;
import static io.signalroom.customer.EventType.WEBINAR_ATTENDED;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static io.signalroom.signal.detection.RuleCondition.drop;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static io.signalroom.workspace.Department.CUSTOMER_SUCCESS;
import static io.signalroom.workspace.Department.MARKETING;
import static io.signalroom.workspace.Department.OPERATIONS;
import static io.signalroom.workspace.Department.PRODUCT;
import static io.signalroom.workspace.Department.SALES;
import static io.signalroom.workspace.Department.SUPPORT;

/**
 * The signal types every new workspace starts with, taken from the practice articles.
 * Teams edit, retire and add to them; nothing here is fixed.
 */
final class StarterLibrary {

	private StarterLibrary() {
	}

	static List<StarterSignal> signals(LocalDate today) {
		LocalDate review = today.plusMonths(3);
		return List.of(signal("Repeat pricing page visits", SignalCategory.BUYING_INTENT, SignalNature.QUANTITATIVE,
				"The customer views the pricing page three or more times within a week.",
				"They are comparing options or building a business case; the closer to a renewal or trial end, the stronger.",
				"Sales reaches out within two days with a short, specific offer to walk through plans.",
				Set.of(SALES, MARKETING), Sentiment.POSITIVE, 4, "Three pricing visits on Monday, Wednesday, Thursday.",
				SALES, review, DetectionRule.of(threshold(3, 7, PRICING_PAGE_VIEW))),
				signal("Several support queries within 24 hours", SignalCategory.FRICTION, SignalNature.QUANTITATIVE,
						"Three or more support tickets opened within one day.",
						"Something is blocking them right now; repeated tickets often mean the first answer did not help.",
						"Support lead calls the customer; success checks whether onboarding missed something.",
						Set.of(SUPPORT, CUSTOMER_SUCCESS), Sentiment.NEGATIVE, 5,
						"Three tickets about SSO on the same morning.", SUPPORT, review,
						DetectionRule.of(threshold(3, 1, TICKET_OPENED))),
				signal("No activity after onboarding", SignalCategory.DISENGAGEMENT, SignalNature.QUANTITATIVE,
						"No login and no feature use for 14 days while the customer is onboarding or active.",
						"They never built a habit; the value was not shown or the champion left.",
						"Customer success offers a 20-minute working session on the one use case they bought for.",
						Set.of(CUSTOMER_SUCCESS), Sentiment.NEGATIVE, 4, "Kick-off done, then silence for two weeks.",
						CUSTOMER_SUCCESS, review, DetectionRule.of(absence(14, LOGIN, FEATURE_USED))),
				signal("No login for three weeks", SignalCategory.DISENGAGEMENT, SignalNature.QUANTITATIVE,
						"No login for 21 days while the customer is active.",
						"Usage has stopped; flag for success outreach before the renewal conversation.",
						"Customer success reaches out personally, not with an automated e-mail.",
						Set.of(CUSTOMER_SUCCESS), Sentiment.NEGATIVE, 4, "Last login on the 2nd, nothing since.",
						CUSTOMER_SUCCESS, review, DetectionRule.of(absence(21, LOGIN))),
				signal("Ticket asks about enterprise features", SignalCategory.UPSELL_READINESS,
						SignalNature.QUALITATIVE,
						"A support ticket or call asks about SSO, audit logs, more seats or other enterprise-plan features.",
						"They are outgrowing their plan; the question is an opening, not a complaint.",
						"Support tags the ticket; sales follows up with the enterprise plan within a week.",
						Set.of(SALES, SUPPORT), Sentiment.POSITIVE, 3, "Do you support SAML for our 200 new seats?",
						SALES, review, null),
				signal("Drop in login frequency", SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE,
						"Logins in the last 30 days are at most half of the 30 days before.",
						"Engagement is fading; look for a changed champion, a competitor or an unsolved problem.",
						"Customer success reviews the timeline and books a check-in call.",
						Set.of(CUSTOMER_SUCCESS, PRODUCT), Sentiment.NEGATIVE, 4, "From 40 logins a month to 12.",
						CUSTOMER_SUCCESS, review, DetectionRule.of(drop(50, 30, LOGIN))),
				signal("Delayed e-mail replies", SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE,
						"E-mail replies in the last 30 days are at most 30% of the 30 days before.",
						"The contact is less responsive; priorities may have moved.",
						"The account owner tries another channel or another contact.", Set.of(SALES, CUSTOMER_SUCCESS),
						Sentiment.NEGATIVE, 3, "Replies used to come the same day, now after a week.", SALES, review,
						DetectionRule.of(drop(30, 30, EMAIL_REPLY))),
				signal("Plan downgrade", SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE,
						"The customer moved to a smaller plan in the last 30 days.",
						"Often a step towards leaving; sometimes a budget cut with the relationship intact.",
						"Customer success asks why, without selling; operations checks billing history.",
						Set.of(CUSTOMER_SUCCESS, SALES, OPERATIONS), Sentiment.NEGATIVE, 5,
						"Pro to Starter at renewal.", CUSTOMER_SUCCESS, review,
						DetectionRule.of(threshold(1, 30, PLAN_DOWNGRADE))),
				signal("Webinar and demo e-mail click within 3 days", SignalCategory.BUYING_INTENT,
						SignalNature.QUANTITATIVE,
						"The lead attended a webinar and clicked a demo e-mail within three days.",
						"Leads doing both close at a much higher rate than either alone.",
						"Sales calls within one working day to book the demo.", Set.of(SALES, MARKETING),
						Sentiment.POSITIVE, 4, "Webinar Tuesday, clicked the demo invite Thursday.", MARKETING, review,
						DetectionRule.of(threshold(1, 3, WEBINAR_ATTENDED), threshold(1, 3, EMAIL_CLICK))),
				signal("Gone quiet: no logins and no replies", SignalCategory.CHURN_RISK, SignalNature.QUANTITATIVE,
						"No login for 10 days and no e-mail reply for 14 days.",
						"Both product and people have gone silent at once: the strongest early churn pattern in the articles.",
						"Customer success and the account owner agree one personal outreach this week.",
						Set.of(CUSTOMER_SUCCESS, SALES), Sentiment.NEGATIVE, 5,
						"No logins since the 1st, last reply three weeks ago.", CUSTOMER_SUCCESS, review,
						DetectionRule.of(absence(10, LOGIN), absence(14, EMAIL_REPLY))),
				signal("Support escalation", SignalCategory.FRICTION, SignalNature.QUANTITATIVE,
						"A ticket was escalated in the last 7 days.",
						"The normal path failed them; how it is resolved shapes renewal.",
						"Support owns the fix; success follows up once it is resolved.",
						Set.of(SUPPORT, CUSTOMER_SUCCESS, PRODUCT), Sentiment.NEGATIVE, 4,
						"Data export bug escalated to engineering.", SUPPORT, review,
						DetectionRule.of(threshold(1, 7, TICKET_ESCALATED))),
				signal("Feature adoption surge", SignalCategory.UPSELL_READINESS, SignalNature.QUANTITATIVE,
						"Twenty or more feature uses within 14 days.",
						"The product has become part of their work; they may be ready for more seats or modules.",
						"Customer success shares advanced use cases; sales prepares an expansion offer.",
						Set.of(CUSTOMER_SUCCESS, SALES), Sentiment.POSITIVE, 3,
						"Reports feature used daily by five people.", CUSTOMER_SUCCESS, review,
						DetectionRule.of(threshold(20, 14, FEATURE_USED))),
				signal("Proposal viewed repeatedly", SignalCategory.BUYING_INTENT, SignalNature.QUANTITATIVE,
						"The proposal was opened twice or more within a week.",
						"It is being shared internally; someone else may be deciding.",
						"Sales offers a call with the other stakeholders.", Set.of(SALES), Sentiment.POSITIVE, 4,
						"Opened by three different people on Friday.", SALES, review,
						DetectionRule.of(threshold(2, 7, PROPOSAL_VIEWED))),
				signal("Content binge", SignalCategory.BUYING_INTENT, SignalNature.QUANTITATIVE,
						"Three or more whitepapers or guides downloaded within 14 days.",
						"Research phase: they are learning the problem space, not yet choosing.",
						"Marketing nurtures with the next most relevant piece; sales does not call yet.",
						Set.of(MARKETING, SALES), Sentiment.POSITIVE, 2, "Three guides on churn analytics in a week.",
						MARKETING, review, DetectionRule.of(threshold(3, 14, CONTENT_DOWNLOAD))),
				signal("Social mention", SignalCategory.ADVOCACY, SignalNature.CONTEXTUAL,
						"The customer mentioned us on social media in the last 30 days.",
						"Read the tone: praise is advocacy to amplify, a complaint is friction in public.",
						"Marketing responds or thanks; success follows up on complaints.",
						Set.of(MARKETING, CUSTOMER_SUCCESS), Sentiment.NEUTRAL, 2, "A post praising the new dashboard.",
						MARKETING, review, DetectionRule.of(threshold(1, 30, SOCIAL_MENTION))),
				signal("Promoter survey response", SignalCategory.ADVOCACY, SignalNature.QUALITATIVE,
						"An NPS or CSAT answer of 9-10 or warm words in a survey comment.",
						"A candidate for a case study, a review or a referral.",
						"Marketing asks for a quote or a review within a week.", Set.of(MARKETING, CUSTOMER_SUCCESS),
						Sentiment.POSITIVE, 2, "NPS 10: \"saved our team hours every week\".", MARKETING, review, null),
				signal("Billing change near renewal", SignalCategory.CHURN_RISK, SignalNature.CONTEXTUAL,
						"A billing change (card, contact, entity) in the last 30 days.",
						"Harmless on its own; near a renewal or with other risk signals it can mean a procurement review.",
						"Operations checks context; success looks for other signals on the timeline.",
						Set.of(OPERATIONS, CUSTOMER_SUCCESS), Sentiment.NEUTRAL, 2,
						"Billing contact changed to procurement.", OPERATIONS, review,
						DetectionRule.of(threshold(1, 30, BILLING_CHANGE))),
				signal("E-mail engagement drop", SignalCategory.DISENGAGEMENT, SignalNature.QUANTITATIVE,
						"E-mail opens in the last 30 days are at most 40% of the 30 days before.",
						"Our messages stopped being relevant, or the contact changed.",
						"Marketing reviews the segment's content; success checks the contact is still there.",
						Set.of(MARKETING), Sentiment.NEGATIVE, 2, "Newsletter opens fell from 8 to 2.", MARKETING,
						review, DetectionRule.of(drop(40, 30, EMAIL_OPEN))));
	}

	private static StarterSignal signal(String name, SignalCategory category, SignalNature nature, String definition,
			String interpretation, String response, Set<Department> notify, Sentiment sentiment, int urgency,
			String examples, Department owner, LocalDate review, DetectionRule rule) {
		return new StarterSignal(new SignalTypeContent(name, category, nature, definition, interpretation, response,
				notify, sentiment, urgency, examples, owner, review), rule);
	}

}

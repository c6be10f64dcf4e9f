package io.signalroom.customer;

import io.signalroom.workspace.Department;

/**
 * The kinds of timeline events SignalRoom knows, each with the department whose system
 * usually sees it (an event may name another).
 */
public enum EventType {

	LOGIN(Department.PRODUCT), PAGE_VIEW(Department.MARKETING), PRICING_PAGE_VIEW(Department.MARKETING),
	PRODUCT_PAGE_VIEW(Department.MARKETING), EMAIL_OPEN(Department.MARKETING), EMAIL_CLICK(Department.MARKETING),
	EMAIL_REPLY(Department.SALES), CONTENT_DOWNLOAD(Department.MARKETING), WEBINAR_ATTENDED(Department.MARKETING),
	DEMO_BOOKED(Department.SALES), PROPOSAL_VIEWED(Department.SALES), MEETING(Department.SALES), CALL(Department.SALES),
	TICKET_OPENED(Department.SUPPORT), TICKET_ESCALATED(Department.SUPPORT), TICKET_RESOLVED(Department.SUPPORT),
	SURVEY_RESPONSE(Department.CUSTOMER_SUCCESS), FEATURE_USED(Department.PRODUCT),
	SUBSCRIPTION_STARTED(Department.SALES), PLAN_UPGRADE(Department.SALES), PLAN_DOWNGRADE(Department.CUSTOMER_SUCCESS),
	BILLING_CHANGE(Department.OPERATIONS), CHURNED(Department.CUSTOMER_SUCCESS), SOCIAL_MENTION(Department.MARKETING),
	NOTE(Department.CUSTOMER_SUCCESS);

	private final Department usualDepartment;

	EventType(Department usualDepartment) {
		this.usualDepartment = usualDepartment;
	}

	public Department usualDepartment() {
		return this.usualDepartment;
	}

	public String messageKey() {
		return "eventType." + name();
	}

}

package io.signalroom.signal;

import java.time.Instant;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.alert.InboxFilter;
import io.signalroom.signal.alert.InboxPage;
import io.signalroom.signal.alert.InboxView;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.signalroom.customer.EventType.EMAIL_REPLY;
import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox with more alerts than fit a page: totals per tab, pages, and narrowing by
 * department, category and signal type, all kept in the address; values that name nothing
 * of this workspace are left out with a notice.
 */
@IntegrationTest
class AlertInboxPagingIntegrationTests {

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	AlertInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentMember admin;

	long silentLogins;

	long silentReplies;

	@BeforeEach
	void sixtyQuietCustomersFlaggedByTwoRules() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
		for (int i = 1; i <= 60; i++) {
			long id = this.fixtures.customer(this.admin, "Quiet %02d".formatted(i), LifecycleStage.ACTIVE);
			this.fixtures.event(this.admin, id, Instant.parse("2025-01-10T09:00:00Z"), NOTE);
		}
		this.silentLogins = this.fixtures.ruleType(this.admin, "Silent logins", DetectionRule.of(absence(10, LOGIN)));
		this.silentReplies = this.fixtures.ruleType(this.admin, "Silent replies",
				DetectionRule.of(absence(14, EMAIL_REPLY)));
		this.jdbc
			.sql("update signal_type set category = 'UPSELL_READINESS', notify_departments = ',SALES,' where id = ?")
			.param(this.silentReplies)
			.update();
		this.detection.evaluateAll(this.admin.workspaceId());
	}

	InboxPage page(String show, String department, String category, String type, String page) {
		return this.inbox.page(this.admin, InboxFilter.parse(show, department, category, type, page));
	}

	@Test
	void theInboxCountsEveryTabAndPagesThroughTheOpenAlerts() {
		InboxPage first = page(null, null, null, null, null);
		assertThat(first.total()).isEqualTo(120);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.alerts()).hasSize(InboxPage.SIZE);
		assertThat(first.perView()).containsEntry(InboxView.OPEN, 120L)
			.containsEntry(InboxView.RESOLVED, 0L)
			.containsEntry(InboxView.DISMISSED, 0L);
		assertThat(page(null, null, null, null, "3").alerts()).hasSize(20);
		InboxPage pastTheEnd = page(null, null, null, null, "99");
		assertThat(pastTheEnd.page()).isEqualTo(3);
		assertThat(pastTheEnd.alerts()).hasSize(20);

		long one = first.alerts().get(0).id();
		this.inbox.dismiss(this.admin, one, "Known: a seasonal pause");
		assertThat(page(null, null, null, null, null).perView()).containsEntry(InboxView.OPEN, 119L)
			.containsEntry(InboxView.DISMISSED, 1L);
		assertThat(page("dismissed", null, null, null, null).alerts()).extracting((a) -> a.id()).containsExactly(one);
	}

	@Test
	void departmentCategoryAndSignalTypeEachNarrowTheInbox() {
		InboxPage byType = page(null, null, null, String.valueOf(this.silentLogins), null);
		assertThat(byType.total()).isEqualTo(60);
		assertThat(byType.alerts()).allSatisfy((a) -> assertThat(a.signalTypeName()).isEqualTo("Silent logins"));
		assertThat(byType.types()).extracting(InboxPage.TypeChoice::name, InboxPage.TypeChoice::count)
			.contains(org.assertj.core.groups.Tuple.tuple("Silent logins", 60L),
					org.assertj.core.groups.Tuple.tuple("Silent replies", 60L));

		InboxPage byCategory = page(null, null, "UPSELL_READINESS", null, null);
		assertThat(byCategory.total()).isEqualTo(60);
		assertThat(byCategory.alerts()).allSatisfy((a) -> assertThat(a.signalTypeName()).isEqualTo("Silent replies"));

		assertThat(page(null, "SALES", null, null, null).total()).isEqualTo(60);
		assertThat(page(null, "SUPPORT", null, null, null).total()).isEqualTo(60);
		assertThat(page(null, "PRODUCT", null, null, null).total()).isZero();
		assertThat(page(null, "SALES", "CHURN_RISK", null, null).total()).isZero();
	}

	@Test
	void valuesThatNameNothingOfThisWorkspaceAreLeftOutWithANotice() {
		CurrentMember other = this.fixtures.newWorkspace();
		long foreignType = this.fixtures.ruleType(other, "Their signal", DetectionRule.of(absence(10, LOGIN)));

		InboxPage foreign = page(null, null, null, String.valueOf(foreignType), null);
		assertThat(foreign.filter().typeId()).isNull();
		assertThat(foreign.filter().hadBadValue()).isTrue();
		assertThat(foreign.total()).isEqualTo(120);
		assertThat(foreign.types()).extracting(InboxPage.TypeChoice::name).doesNotContain("Their signal");

		InboxPage nonsense = page("later", "NOWHERE", "GOSSIP", "abc", "-3");
		assertThat(nonsense.filter().hadBadValue()).isTrue();
		assertThat(nonsense.filter().view()).isEqualTo(InboxView.OPEN);
		assertThat(nonsense.page()).isEqualTo(1);
		assertThat(nonsense.total()).isEqualTo(120);
	}

	@Test
	void thePageKeepsTheFilterInItsLinksAndExplainsWhatItLeftOut() throws Exception {
		this.mvc
			.perform(get("/alerts").param("type", String.valueOf(this.silentLogins))
				.param("department", "SUPPORT")
				.with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1–50 of 60 alerts")))
			.andExpect(content().string(containsString(
					"href=\"/alerts?department=SUPPORT&amp;type=" + this.silentLogins + "&amp;page=2\"")))
			.andExpect(content().string(not(containsString("data-testid=\"inbox-notice\""))));
		this.mvc
			.perform(get("/alerts").param("category", "GOSSIP").param("page", "x").with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"inbox-notice\"")))
			.andExpect(content().string(containsString("1–50 of 120 alerts")));
	}

}

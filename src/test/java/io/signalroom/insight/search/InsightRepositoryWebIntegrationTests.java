package io.signalroom.insight.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.signalroom.insight.InsightStatus;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InsightRepositoryWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsightRows insights;

	@Autowired
	SignalFixtures fixtures;

	CurrentMember admin;

	CurrentMember participant;

	CurrentMember manager;

	@BeforeEach
	void workspace() {
		this.admin = this.fixtures.newWorkspace();
		this.participant = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
		this.manager = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mo");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginForm() throws Exception {
		for (String url : new String[] { "/insights", "/insights/export.csv", "/insights/export.md" }) {
			this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void everyMemberSearchesAndHitsLinkToTheInsightPage() throws Exception {
		long id = this.insights.by(this.admin).saying("Champions leaving predicts churn").tags("champion").save();

		this.mvc.perform(get("/insights").param("q", "churn").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/insights/" + id + "\"")))
			.andExpect(content().string(containsString("<mark class=\"px-0\">churn</mark>")))
			.andExpect(content().string(containsString("1–1 of 1 insights")));
		this.mvc.perform(get("/insights").with(this.fixtures.as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Insight repository")))
			.andExpect(content().string(containsString("Open an insight to validate or refute it")));
	}

	@Test
	void htmlInAStatementIsEscapedAroundTheMarks() throws Exception {
		this.insights.by(this.admin).saying("<script>alert('churn')</script> <b>churn</b> & co").save();

		String page = this.mvc.perform(get("/insights").param("q", "churn").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>");
		// PostgreSQL's parser skips what looks like tags, so only the second churn is
		// marked
		assertThat(page).contains("&lt;script&gt;alert(&#39;churn&#39;)&lt;/script&gt; &lt;b&gt;"
				+ "<mark class=\"px-0\">churn</mark>&lt;/b&gt; &amp; co");
	}

	@Test
	void facetLinksKeepTheSearchAndTheOtherFiltersInTheUrl() throws Exception {
		this.insights.by(this.admin)
			.saying("Pricing visits precede upgrades")
			.departments("SALES")
			.tags("pricing")
			.save();

		this.mvc
			.perform(get("/insights").param("q", "pricing visits")
				.param("department", "SALES")
				.with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/insights?q=pricing%20visits&amp;department=SALES&amp;tag=pricing\"")))
			.andExpect(content().string(containsString("href=\"/insights?q=pricing%20visits\"")))
			.andExpect(content()
				.string(containsString("href=\"/insights/export.csv?q=pricing%20visits&amp;department=SALES\"")));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		this.insights.by(this.admin).save();
		this.mvc.perform(get("/insights").header("HX-Request", "true").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"insight-results\""), not(containsString("<nav class=\"navbar")))));
	}

	@Test
	void badInputIsExplainedOnThePageNeverAnError() throws Exception {
		this.insights.by(this.admin).save();
		this.mvc
			.perform(get("/insights").param("from", "2025-02-30")
				.param("to", "<b>soon</b>")
				.param("category", "NOPE")
				.param("page", "-3")
				.param("q", "'; drop table insight; -- \"")
				.with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“2025-02-30” is not a date (Created from); use YYYY-MM-DD.")))
			.andExpect(content().string(containsString("“&lt;b&gt;soon&lt;/b&gt;” is not a date (Created to)")))
			.andExpect(content().string(containsString("There is no Category “NOPE”, so that filter was left out.")))
			.andExpect(content().string(containsString("“-3” is not a page number")))
			.andExpect(content().string(containsString("No insights match this search.")));
		this.mvc.perform(get("/insights").param("page", "99999999999").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a page number")));
		this.mvc.perform(get("/insights").param("page", "7").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 7; showing the last page, 1.")));
	}

	@Test
	void emptyRepositoryAndNoMatchSaySoAndExportsAreEmpty() throws Exception {
		this.mvc.perform(get("/insights").with(this.fixtures.as(this.participant)))
			.andExpect(content().string(containsString("No insights yet.")));
		this.insights.by(this.admin).save();
		this.mvc.perform(get("/insights").param("q", "zeppelin").with(this.fixtures.as(this.participant)))
			.andExpect(content().string(containsString("No insights match this search.")))
			.andExpect(content().string(containsString("an export of this search would hold no insights")));
		this.mvc.perform(get("/insights/export.csv").param("q", "zeppelin").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string("id,created_at,category,status,statement,test_plan,departments,signal_types,"
					+ "segments,tags,session,link\r\n"));
		this.mvc.perform(get("/insights/export.md").param("q", "zeppelin").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No insights matched this search.")))
			.andExpect(content().string(containsString("Search: Words: zeppelin")));
	}

	@Test
	void theCsvExportHoldsTheWholeFilteredResultWithADatedName() throws Exception {
		long typeId = this.fixtures.signalTypeId(this.admin, "Gone quiet: no logins and no replies");
		this.insights.by(this.admin)
			.saying("=HYPERLINK(\"http://evil\") churn, with \"quotes\"")
			.status(InsightStatus.VALIDATED)
			.departments("SALES", "SUPPORT")
			.signalTypes(typeId)
			.tags("quiet")
			.testedBy("Call them")
			.save();
		this.insights.by(this.admin).saying("Unrelated churn note").status(InsightStatus.REFUTED).save();
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.insights.by(stranger).saying("Other company churn").status(InsightStatus.VALIDATED).save();
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		String csv = this.mvc
			.perform(get("/insights/export.csv").param("q", "churn")
				.param("status", "VALIDATED")
				.with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"insights-" + today + ".csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).contains("Validated,\"'=HYPERLINK(\"\"http://evil\"\") churn, with \"\"quotes\"\"\",Call them,"
				+ "Sales; Support,Gone quiet: no logins and no replies,,quiet,,/insights/");
		assertThat(csv).doesNotContain("Other company").doesNotContain("Unrelated");
	}

	@Test
	void theMarkdownExportEscapesUserTextAndLeavesOtherWorkspacesOut() throws Exception {
		this.insights.by(this.admin).saying("<script>x</script> [link](http://evil) *churn*").tags("pricing").save();
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.insights.by(stranger).saying("Other company churn").tags("pricing").save();

		String md = this.mvc
			.perform(get("/insights/export.md").param("tag", "pricing").with(this.fixtures.as(this.participant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/markdown")))
			.andExpect(header().string("Content-Disposition", containsString(".md\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(md).startsWith("# Insight repository\n\nSearch: Tag: pricing\n");
		assertThat(md).contains("· 1 insights");
		assertThat(md).contains("## 1. \\<script\\>x\\</script\\> \\[link\\](http://evil) \\*churn\\*");
		assertThat(md).contains("- Tag: pricing");
		assertThat(md).doesNotContain("Other company");
	}

}

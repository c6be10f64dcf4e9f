package io.signalroom.customer.book;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.signalroom.customer.TestCustomers;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PseudonymAssignmentIntegrationTests {

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	MockMvc mvc;

	@Test
	void everyNewCustomerHasAStoredRandomCodeThatSaysNothingOfItsId() {
		TestWorkspace workspace = this.workspaces.create();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(this.customers.in(workspace.id()).named("Customer number " + i).save());
		}

		Map<Long, String> codes = this.pseudonyms.codes(workspace.id(), Pseudonyms.WORKSPACE, ids);

		assertThat(codes).hasSize(40);
		assertThat(new HashSet<>(codes.values())).hasSize(40);
		assertThat(codes.values()).allMatch((code) -> code.matches("[A-HJ-NP-Z2-9]{5}"));
		// consecutive ids do not give related codes (as "A17", "B17" did)
		long sharingAPrefix = ids.stream()
			.skip(1)
			.filter((id) -> codes.get(id).substring(0, 3).equals(codes.get(id - 1).substring(0, 3)))
			.count();
		assertThat(sharingAPrefix).isLessThan(3);
	}

	@Test
	void anotherScopeGetsCodesUnlikeAnyOtherPseudonymOfTheWorkspace() {
		TestWorkspace workspace = this.workspaces.create();
		long a = this.customers.in(workspace.id()).named("Alpha").save();
		long b = this.customers.in(workspace.id()).named("Beta").save();

		this.pseudonyms.assign(workspace.id(), "exercise-1", List.of(a, b));
		this.pseudonyms.assign(workspace.id(), "exercise-1", List.of(a, b));

		Map<Long, String> workspaceCodes = this.pseudonyms.codes(workspace.id(), Pseudonyms.WORKSPACE, List.of(a, b));
		Map<Long, String> exerciseCodes = this.pseudonyms.codes(workspace.id(), "exercise-1", List.of(a, b));
		assertThat(exerciseCodes).hasSize(2);
		Set<String> all = new HashSet<>(workspaceCodes.values());
		all.addAll(exerciseCodes.values());
		assertThat(all).hasSize(4);
		assertThat(this.pseudonyms.customerOf(workspace.id(), "exercise-1", exerciseCodes.get(a))).contains(a);
		assertThat(this.pseudonyms.customerOf(workspace.id(), Pseudonyms.WORKSPACE, exerciseCodes.get(a))).isEmpty();
	}

	@Test
	void theTimelineByPseudonymKeepsThePseudonymAndAnswers404ForAnotherWorkspacesCode() throws Exception {
		TestWorkspace workspace = this.workspaces.create();
		TestWorkspace other = this.workspaces.create();
		long id = this.customers.in(workspace.id()).named("Globex Corporation").email("cfo@globex.example").save();
		String pseudonym = this.customers.pseudonymOf(workspace.id(), id);
		String code = pseudonym.substring("Customer ".length());

		this.mvc
			.perform(get("/customers/p/{code}", code.toLowerCase())
				.with(this.workspaces.signedIn(workspace.participantEmail())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pseudonym)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Globex"))));
		this.mvc.perform(get("/customers/p/{code}", code).with(this.workspaces.signedIn(other.participantEmail())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/customers/p/{code}", "not-a-code")
				.with(this.workspaces.signedIn(workspace.participantEmail())))
			.andExpect(status().isNotFound());
	}

}

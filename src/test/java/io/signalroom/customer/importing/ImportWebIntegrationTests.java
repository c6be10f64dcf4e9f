package io.signalroom.customer.importing;

import java.nio.charset.StandardCharsets;

import io.signalroom.customer.TestWorkspaces;
import io.signalroom.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportWebIntegrationTests {

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	MockMvc mvc;

	@Test
	void theUploadPageShowsTheLimit() throws Exception {
		this.mvc.perform(get("/imports").cookie(signIn(this.workspaces.freshAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Up to 200 MB")))
			.andExpect(content().string(containsString("data-max-bytes=\"209715200\"")));
	}

	@Test
	void aBinaryUploadIsRefusedWithAClearMessage() throws Exception {
		MockMultipartFile zip = new MockMultipartFile("file", "export.csv", "text/csv",
				new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, ',' });
		this.mvc.perform(multipart("/imports").file(zip).with(csrf()).cookie(signIn(this.workspaces.freshAdmin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is a binary file, not a CSV")));
	}

	@Test
	void aFileWithoutDelimitersIsNoCsv() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain",
				"hello\nworld\n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/imports").file(text).with(csrf()).cookie(signIn(this.workspaces.freshAdmin())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("does not look like a CSV")));
	}

	@Test
	void aLatin1FileIsRecognisedAndTheEncodingIsAskedFor() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		MockMultipartFile latin1 = new MockMultipartFile("file", "kunden.csv", "text/csv",
				"id;name\n1;M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
		String location = this.mvc.perform(multipart("/imports").file(latin1).with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not valid UTF-8 (first bad byte on line 2)")));
		this.mvc.perform(post(location + "/encoding").param("charset", "windows-1252").with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("M\u00fcller")));
	}

	@Test
	void aMappingWithoutTheRequiredColumnIsRefusedWithAClearMessage() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		MockMultipartFile file = new MockMultipartFile("file", "people.csv", "text/csv",
				"name,email\nAda,ada@example.test\n".getBytes(StandardCharsets.UTF_8));
		String location = this.mvc.perform(multipart("/imports").file(file).with(csrf()).cookie(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(location + "/mapping").with(csrf())
				.cookie(session)
				.param("action", "validate")
				.param("target", "CUSTOMERS")
				.param("columns[0].header", "name")
				.param("columns[0].field", "NAME")
				.param("columns[1].header", "email")
				.param("columns[1].field", "EMAIL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("A required column is not mapped")))
			.andExpect(content().string(containsString("External id (required)")));
	}

	@Test
	void aValidatedJobShowsItsReportAndAnotherWorkspaceGets404() throws Exception {
		CurrentMember me = this.workspaces.freshAdmin();
		Cookie session = signIn(me);
		String location = upload(session, "id,name,signed\n1,Ada,2024-01-02\n1,Ada again,2024-01-03\n2,Bob,someday\n");
		this.mvc
			.perform(validation(session, location).param("columns[2].header", "signed")
				.param("columns[2].field", "OUTCOME_DATE")
				.param("columns[2].datePattern", "ISO_DATE"))
			.andExpect(status().is3xxRedirection());
		waitForDecision(session, location);
		this.mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("duplicate of row 2 in this file")))
			.andExpect(content().string(containsString("not a date in the chosen format: \u201Csomeday\u201D")))
			.andExpect(content().string(containsString("Import the 1 valid rows")));
		this.mvc.perform(get(location + "/progress").cookie(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Refresh", "true"));

		Cookie stranger = signIn(this.workspaces.freshAdmin());
		this.mvc.perform(get(location).cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/rejected.csv").cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post(location + "/import").with(csrf()).cookie(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void importingOrDiscardingAJobTwiceIsRefusedWith422AndAClearMessage() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		String imported = validatedJob(session);
		this.mvc.perform(post(imported + "/import").with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(post(imported + "/import").with(csrf()).cookie(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("was already imported or discarded")));
		this.mvc.perform(post(imported + "/discard").with(csrf()).cookie(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("was already imported or discarded")));

		String discarded = validatedJob(session);
		this.mvc.perform(post(discarded + "/discard").with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(discarded + "/discard").with(csrf()).cookie(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("was already imported or discarded")));
		this.mvc.perform(post(discarded + "/import").with(csrf()).cookie(session))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aSecondClickFromTheJobPageLeadsBackThereWithTheMessage() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		String job = validatedJob(session);
		this.mvc.perform(post(job + "/discard").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(job + "/discard").with(csrf()).cookie(session).header("Referer", "http://localhost" + job))
			.andExpect(redirectedUrl(job))
			.andExpect(flash().attribute("errorKey", "import.error.notDiscardable"));
	}

	@Test
	void aSecondClickByHtmxGetsTheMessageForThePagesMessageArea() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		String job = validatedJob(session);
		this.mvc.perform(post(job + "/discard").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());

		this.mvc.perform(post(job + "/discard").with(csrf()).cookie(session).header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("HX-Retarget", "#flash"))
			.andExpect(content().string(containsString("<div id=\"flash\">")))
			.andExpect(content().string(containsString("was already imported or discarded")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void anUnknownSavedMappingIsNotFound() throws Exception {
		Cookie session = signIn(this.workspaces.freshAdmin());
		String job = upload(session, "id,name\n1,Ada\n");

		this.mvc.perform(get(job).param("saved", "987654321").cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get(job).param("saved", "abc").cookie(session)).andExpect(status().isBadRequest());
		this.mvc.perform(get(job).cookie(session)).andExpect(status().isOk());
	}

	/**
	 * An uploaded and validated job of two customers, waiting for the import decision.
	 */
	private String validatedJob(Cookie session) throws Exception {
		String location = upload(session, "id,name\n1,Ada\n2,Bob\n");
		this.mvc.perform(validation(session, location)).andExpect(status().is3xxRedirection());
		waitForDecision(session, location);
		return location;
	}

	/** Starts the check of customers whose first column is the id and second the name. */
	private MockHttpServletRequestBuilder validation(Cookie session, String location) {
		return post(location + "/mapping").with(csrf())
			.cookie(session)
			.param("action", "validate")
			.param("target", "CUSTOMERS")
			.param("columns[0].header", "id")
			.param("columns[0].field", "EXTERNAL_ID")
			.param("columns[1].header", "name")
			.param("columns[1].field", "NAME");
	}

	/** Polls the progress, as the page does, until the check has finished. */
	private void waitForDecision(Cookie session, String location) throws Exception {
		for (int i = 0; i < 100 && !this.mvc.perform(get(location + "/progress").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.contains("waiting for your decision"); i++) {
			Thread.sleep(100);
		}
	}

	private String upload(Cookie session, String csv) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "customers.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.perform(multipart("/imports").file(file).with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Cookie signIn(CurrentMember member) throws Exception {
		return this.mvc
			.perform(formLogin("/login").userParameter("email").user(member.email()).password(TestWorkspaces.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}

package io.signalroom.customer.book;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTests {

	@Test
	void aTypedPseudonymIsReadWithOrWithoutItsPrefixAndInAnyCase() {
		assertThat(Pseudonyms.codeIn("Customer K7QM2")).contains("K7QM2");
		assertThat(Pseudonyms.codeIn(" k7qm2 ")).contains("K7QM2");
		assertThat(Pseudonyms.codeIn("Globex")).isEmpty();
		assertThat(Pseudonyms.codeIn("K7QM")).isEmpty();
		assertThat(Pseudonyms.codeIn(null)).isEmpty();
	}

	@Test
	void scrubbingReplacesNameEmailAndExternalIdInAnyCase() {
		assertThat(Pseudonyms.scrub("Call with ACME inc. (boss@acme.example, C-1001) about Acme Inc renewal",
				"Customer K7QM2", "Acme Inc", "boss@acme.example", "C-1001"))
			.isEqualTo("Call with Customer K7QM2. (Customer K7QM2, Customer K7QM2) about Customer K7QM2 renewal");
		assertThat(Pseudonyms.scrub(null, "Customer K7QM2", "Acme", null, null)).isNull();
	}

	@Test
	void aNameInsideTheEmailAddressDoesNotLeaveHalfOfIt() {
		assertThat(Pseudonyms.scrub("mail acme@acme.example", "Customer K7QM2", "acme", "acme@acme.example", null))
			.isEqualTo("mail Customer K7QM2");
	}

	@Test
	void aDistinctiveWordOfTheNameIsScrubbedOnItsOwnButGenericWordsAreNot() {
		assertThat(Pseudonyms.scrub("Login by the ZANZIBAR admin; zanzibarian holdings", "Customer K7QM2",
				"Zanzibar Quartz Holdings", null, null))
			.isEqualTo("Login by the Customer K7QM2 admin; zanzibarian holdings");
	}

}

package io.signalroom.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTests {

	@Test
	void aPseudonymIsStableAndLeadsBackToItsId() {
		assertThat(Pseudonyms.of(442)).isEqualTo("Customer A17").isEqualTo(Pseudonyms.of(442));
		assertThat(Pseudonyms.idOf("Customer A17")).isEqualTo(442);
		assertThat(Pseudonyms.idOf("a17")).isEqualTo(442);
		assertThat(Pseudonyms.idOf("Globex")).isEqualTo(-1);
	}

	@Test
	void differentCustomersGetDifferentPseudonyms() {
		assertThat(java.util.stream.LongStream.rangeClosed(1, 10_000).mapToObj(Pseudonyms::of).distinct().count())
			.isEqualTo(10_000);
	}

	@Test
	void scrubbingReplacesTheNameAndEmailInAnyCase() {
		assertThat(Pseudonyms.scrub("Call with ACME inc. (boss@acme.example) about Acme Inc renewal", 442, "Acme Inc",
				"boss@acme.example"))
			.isEqualTo("Call with Customer A17. (Customer A17) about Customer A17 renewal");
		assertThat(Pseudonyms.scrub(null, 442, "Acme", null)).isNull();
	}

}

package io.signalroom.customer.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name an admin gives a new token, saying which system uses it. */
record ApiTokenForm(@NotBlank @Size(max = 80) String name) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("");
	}

}

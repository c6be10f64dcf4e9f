package io.signalroom.workspace.membership;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InviteTokenTests {

	@Test
	void theHashIsTheStableSha256OfTheToken() {
		InviteToken token = new InviteToken("abc");
		assertThat(token.hash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(new InviteToken("abc").hash()).isEqualTo(token.hash());
	}

	@Test
	void generatedTokensAndTheirHashesDiffer() {
		Set<String> tokens = new HashSet<>();
		Set<String> hashes = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			InviteToken token = InviteToken.generate();
			tokens.add(token.value());
			hashes.add(token.hash());
		}
		assertThat(tokens).hasSize(500);
		assertThat(hashes).hasSize(500);
	}

	@Test
	void aGeneratedTokenFitsInALinkAndIsNotItsOwnHash() {
		InviteToken token = InviteToken.generate();
		assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
		assertThat(token.hash()).matches("[0-9a-f]{64}").isNotEqualTo(token.value());
	}

}

package io.signalroom.workspace.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of an invite link: 32 random bytes, of which only the SHA-256 hash is
 * stored.
 */
record InviteToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static InviteToken generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new InviteToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}

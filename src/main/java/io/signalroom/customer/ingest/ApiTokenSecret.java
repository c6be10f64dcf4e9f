package io.signalroom.customer.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret an API client sends as {@code Authorization: Bearer sr_…}: "sr_" and 32
 * random bytes in base64url. Only its SHA-256 hash and a short prefix are stored; looking
 * tokens up by hash means a guess is never compared character by character.
 */
record ApiTokenSecret(String value) {

	static final String MARK = "sr_";

	/** Longer than any token we issue; anything longer is not looked up at all. */
	static final int MAX_LENGTH = 100;

	private static final int PREFIX_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	static ApiTokenSecret generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new ApiTokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
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

	/** What admins see to tell tokens apart, e.g. "sr_ab12c". */
	String prefix() {
		return this.value.substring(0, Math.min(PREFIX_LENGTH, this.value.length()));
	}

}

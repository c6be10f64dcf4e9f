package io.signalroom.customer.ingest;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is calling the ingest API: a token of one workspace. Everything the request writes
 * lands in {@link #workspaceId()}.
 */
record ApiClient(long tokenId, long workspaceId, String tokenPrefix) implements AuthenticatedPrincipal {

	static final String AUTHORITY = "API_CLIENT";

	/** Shown in the request log: the token's visible prefix, never the secret. */
	@Override
	public String getName() {
		return "api-token:" + this.tokenPrefix;
	}

}

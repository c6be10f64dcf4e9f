package io.signalroom.customer.ingest;

import java.time.Clock;
import java.util.List;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with their workspace's API tokens. Every method works inside the admin's
 * current workspace only.
 */
@Service
class ApiTokenAdministration {

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenAdministration(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ApiToken> tokens(CurrentMember admin) {
		return this.tokens.findByWorkspaceIdOrderByCreatedAtDesc(admin.workspaceId());
	}

	/**
	 * @return the token itself, to be shown once and never stored
	 */
	@Transactional
	String create(CurrentMember admin, ApiTokenForm form) {
		ApiTokenSecret secret = ApiTokenSecret.generate();
		this.tokens.save(new ApiToken(admin.workspaceId(), form.name(), secret, admin.userId(), admin.displayName(),
				this.clock.instant()));
		return secret.value();
	}

	@Transactional
	void revoke(CurrentMember admin, long tokenId) {
		this.tokens.findByWorkspaceIdAndId(admin.workspaceId(), tokenId)
			.orElseThrow(() -> new NotFoundException("API token"))
			.revoke(this.clock.instant());
	}

}

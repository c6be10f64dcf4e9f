package io.signalroom.customer.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the token behind a bearer secret by its hash and, if it is still valid, records
 * that it was used, in one statement.
 */
@Component
class ApiTokenAuthenticator {

	private static final String USE = """
			update api_token set last_used_at = case when revoked_at is null then :now else last_used_at end
			where token_hash = :hash
			returning id, workspace_id, prefix, revoked_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokenAuthenticator(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	ApiClient authenticate(String token) {
		if (token.isEmpty() || token.length() > ApiTokenSecret.MAX_LENGTH) {
			throw new ApiTokenRejected("api.problem.tokenUnknown");
		}
		Found found = this.jdbc.sql(USE)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("hash", new ApiTokenSecret(token).hash())
			.query((rs, row) -> new Found(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("prefix"),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> new ApiTokenRejected("api.problem.tokenUnknown"));
		if (found.revokedAt() != null) {
			throw new ApiTokenRejected("api.problem.tokenRevoked",
					found.revokedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
		}
		return new ApiClient(found.id(), found.workspaceId(), found.prefix());
	}

	private record Found(long id, long workspaceId, String prefix, OffsetDateTime revokedAt) {

	}

}

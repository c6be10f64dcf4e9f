package io.signalroom.shared.postgres;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableTests {

	@Test
	void aPoolTimeoutInsideAFailedTransactionStartIsTheDatabaseBeingUnreachable() {
		assertThat(DatabaseUnreachable.causes(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
			.isTrue();
	}

	@Test
	void aServerThatCrashedOrIsStartingIsUnreachable() {
		assertThat(DatabaseUnreachable.causes(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseUnreachable.causes(new SQLException("the database system is starting up", "57P03")))
			.isTrue();
		assertThat(DatabaseUnreachable.causes(new SQLException("I/O error", "08006"))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedAfterTheDatabaseBrokeItIsUnreachable() {
		assertThat(DatabaseUnreachable
			.causes(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseUnreachable.causes(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseUnreachable.causes(new IllegalStateException("boom"))).isFalse();
	}

}

package io.signalroom.customer.importing;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step of an import in one transaction. When the database dies under the step, the
 * rollback fails too, and a plain transaction template throws the rollback's failure
 * ("Connection is closed"); this throws the step's own failure, which says what happened,
 * with the rollback's attached.
 */
@Component
class ImportTransactions {

	private final TransactionTemplate transactions;

	ImportTransactions(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	<T> T inOne(Supplier<T> step) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		try {
			return this.transactions.execute((status) -> {
				try {
					return step.get();
				}
				catch (RuntimeException ex) {
					failure.set(ex);
					throw ex;
				}
			});
		}
		catch (RuntimeException ex) {
			RuntimeException original = failure.get();
			if (original == null || original == ex) {
				throw ex;
			}
			original.addSuppressed(ex);
			throw original;
		}
	}

}

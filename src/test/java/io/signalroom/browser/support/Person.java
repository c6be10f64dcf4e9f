package io.signalroom.browser.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Somebody new for a browser test: a unique e-mail address per test run, so tests never
 * collide in the shared database, and a password the policy accepts.
 */
public record Person(String displayName, String email, String password) {

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private static final AtomicInteger COUNTER = new AtomicInteger();

	public static Person fresh(String firstName) {
		int n = COUNTER.incrementAndGet();
		return new Person(firstName + " Tester", firstName.toLowerCase() + "-" + RUN + "-" + n + "@example.test",
				"quiet harbour lights " + n);
	}

	/** A workspace name that is unique in the run as well. */
	public static String workspaceName(String prefix) {
		return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
	}

}

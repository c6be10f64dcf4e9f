package io.signalroom.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears every event committed by any app instance ({@code LISTEN signalroom_live}) and
 * hands it to this instance's subscribers.
 * <p>
 * It keeps one connection of its own, opened with the driver rather than borrowed from
 * the Hikari pool: a borrowed connection held forever would shrink the pool for good, and
 * Hikari's max-lifetime and leak detection are made for short loans. A daemon thread
 * waits on {@link PGConnection#getNotifications(int)}, checks the connection while idle,
 * and on failure reconnects with a growing pause (0.5 s up to 30 s); after each reconnect
 * the subscribers catch up from the table, so nothing committed during the gap is lost.
 */
@Component
class PostgresListenBridge implements SmartLifecycle {

	static final String CHANNEL = "signalroom_live";

	static final String APPLICATION_NAME = "signalroom-live";

	private static final Logger log = LoggerFactory.getLogger(PostgresListenBridge.class);

	private static final int POLL_MILLIS = 500;

	private static final long IDLE_CHECK_NANOS = 10_000_000_000L;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final JdbcConnectionDetails database;

	private final LiveNotifications notifications;

	private final LiveSubscriptions subscriptions;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Connection connection;

	private Thread thread;

	PostgresListenBridge(JdbcConnectionDetails database, LiveNotifications notifications,
			LiveSubscriptions subscriptions) {
		this.database = database;
		this.notifications = notifications;
		this.subscriptions = subscriptions;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "live-listen");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Ends this instance's streams before the web server's graceful shutdown waits for
	 * them: the browsers reconnect, with Last-Event-ID, to an instance that stays.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.subscriptions.closeAll();
		closeQuietly(this.connection);
		try {
			this.thread.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether the LISTEN is in place right now. */
	boolean isListening() {
		return this.listening;
	}

	private void run() {
		long backoff = 500;
		while (this.running) {
			try (Connection listen = connect()) {
				this.connection = listen;
				listen(listen);
				backoff = 500;
				this.subscriptions.catchUpAll();
				poll(listen);
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!this.running) {
					return;
				}
				log.warn("Live events: lost the LISTEN connection ({}); reconnecting in {} ms", ex.getMessage(),
						backoff);
				sleep(backoff);
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("connectTimeout", "10");
		Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	private void listen(Connection listen) throws SQLException {
		try (Statement statement = listen.createStatement()) {
			statement.execute("listen " + CHANNEL);
		}
		this.listening = true;
		log.info("Live events: listening on {}", CHANNEL);
	}

	private void poll(Connection listen) throws SQLException {
		PGConnection postgres = listen.unwrap(PGConnection.class);
		long lastHeard = System.nanoTime();
		while (this.running) {
			PGNotification[] received = postgres.getNotifications(POLL_MILLIS);
			if (received != null && received.length > 0) {
				for (PGNotification notification : received) {
					this.notifications.read(notification.getParameter()).ifPresent(this.subscriptions::deliver);
				}
				lastHeard = System.nanoTime();
			}
			else if (System.nanoTime() - lastHeard > IDLE_CHECK_NANOS) {
				if (!listen.isValid(5)) {
					throw new SQLException("connection no longer valid");
				}
				lastHeard = System.nanoTime();
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// it is being abandoned anyway
			}
		}
	}

}

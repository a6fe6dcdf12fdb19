package dev.tradekg.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The Neo4j that trade-kg runs for itself when no NEO4J_URI is given.
 *
 * Why a Java main and not a Neo4j server distribution: Maven Central serves the embedded
 * Community DBMS and its Bolt connector as ordinary jars, so the project can fetch and build
 * its database with the tools the machine already has. The TypeScript side only ever speaks
 * Bolt to it, exactly as it would to a real server or a cluster.
 *
 * Usage: java [-Xmx…] -cp trade-kg-neo4j.jar dev.tradekg.neo4j.EmbeddedNeo4j PORT DATA_DIR [PAGE_CACHE]
 * (the main class on the command line lets trade-kg find this process by its arguments
 * when the instance record is gone). Authentication is on; the password of user neo4j is in
 * DATA_DIR/trade-kg-neo4j.password (see InitialPassword), and Lockdown says what else is off.
 * Prints exactly one line "trade-kg-neo4j ready bolt://127.0.0.1:PORT version=X" on stdout
 * when Bolt accepts connections; on failure prints "trade-kg-neo4j error CODE: message" on
 * stderr and exits non-zero (2: bad arguments, 3: port in use, 4: data folder locked by
 * another instance, 5: other start failure). SIGTERM shuts the DBMS down cleanly; with
 * -Dtradekg.exitWithParent=true, so does the end of stdin (the parent's death).
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            fail(2, "BAD_ARGUMENTS", "expected PORT DATA_DIR [PAGE_CACHE], got " + args.length + " arguments");
        }
        int port = parsePort(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        String pageCache = args.length == 3 ? args[2] : "256m";
        long pageCacheBytes = parseBytes(pageCache);

        if (!portIsFree(port)) {
            fail(3, "PORT_IN_USE", "port " + port + " on 127.0.0.1 is already in use; stop what uses it or choose another port");
        }
        Files.createDirectories(dataDir);
        String password;
        Path authIni;
        try {
            password = InitialPassword.readOrCreate(dataDir);
            authIni = InitialPassword.writeAuthIni(dataDir, password);
        } catch (Exception e) {
            fail(5, "START_FAILED", "could not prepare the password of user neo4j: " + firstLine(describe(e)));
            return;
        }

        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir);
            dbms = Lockdown.apply(builder, dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(5))
                    // Bolt waits 5 s twice for idle worker threads at shutdown by default; a
                    // local single-user database has nothing worth that wait.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, java.time.Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, java.time.Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            String chain = describe(e);
            if (chain.contains("lock") || chain.contains("Lock")) {
                fail(4, "DATA_DIR_LOCKED", "data folder " + dataDir + " is used by another running Neo4j (" + firstLine(chain) + ")");
            }
            if (chain.contains("Address already in use") || chain.contains("BindException")) {
                fail(3, "PORT_IN_USE", "port " + port + " on 127.0.0.1 is already in use");
            }
            fail(5, "START_FAILED", firstLine(chain));
            return;
        }

        try {
            InitialPassword.enforce(dbms, password);
            // Neo4j has read it; what is left is a hash nobody needs.
            Files.deleteIfExists(authIni);
        } catch (Throwable e) {
            dbms.shutdown();
            fail(5, "START_FAILED", "could not set the password of user neo4j: " + firstLine(describe(e)));
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "trade-kg-neo4j-shutdown"));

        String version = dbms.database("system")
                .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                        java.util.Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
        if (Boolean.getBoolean("tradekg.exitWithParent")) {
            watchParent();
        }
        System.out.println("trade-kg-neo4j ready bolt://127.0.0.1:" + port + " version=" + version);
        System.out.flush();
        stopped.await();
    }

    /**
     * The parent holds our stdin open; when it dies, even by SIGKILL, the pipe closes and we
     * shut down, so a crashed `npm start` never leaves a Neo4j behind.
     */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // drain: nothing is ever sent
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as EOF
            }
            System.exit(0);
        }, "trade-kg-neo4j-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail(2, "BAD_ARGUMENTS", "expected a port between 1 and 65535, got \"" + text + "\"");
        return -1;
    }

    /** Accepts "512m", "1g", "300k" or a plain number of bytes. */
    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long scale = 1;
        if (t.endsWith("k")) scale = 1L << 10;
        else if (t.endsWith("m")) scale = 1L << 20;
        else if (t.endsWith("g")) scale = 1L << 30;
        String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n > 0) return n * scale;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail(2, "BAD_ARGUMENTS", "expected a page cache size such as 256m or 1g, got \"" + text + "\"");
        return -1;
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static void fail(int exitCode, String code, String message) {
        System.err.println("trade-kg-neo4j error " + code + ": " + message);
        System.err.flush();
        System.exit(exitCode);
    }
}

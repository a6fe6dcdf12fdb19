package dev.tradekg.neo4j;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The settings that leave nothing to find for a query that slips past trade-kg's read-only
 * check: the analyst's Cypher is refused by plan and text first, and these are what remains
 * if a refusal ever fails.
 *
 * - LOAD CSV cannot read files (file URLs off) and its import root is an empty folder of
 *   its own, so even a re-enabled file URL would see nothing of the machine.
 * - LOAD CSV cannot reach any address (every IPv4 and IPv6 range blocked), so it cannot
 *   probe or call services on this machine or the network.
 * - One transaction may hold a quarter of the heap at most, so one runaway query fails
 *   alone instead of taking the DBMS down with an OutOfMemoryError.
 * - Authentication is on (see InitialPassword): Bolt also accepts WebSocket upgrades from
 *   any web page's origin and Neo4j 5.26 has no setting to refuse them, so the password is
 *   what keeps a page's script out.
 */
final class Lockdown {
    /** Every IPv4 and every IPv6 address (IPv4-mapped IPv6 included). */
    static final List<String> BLOCKED_RANGES = List.of("0.0.0.0/0", "::/0");
    static final String IMPORT_FOLDER = "import";
    private static final long MIN_TRANSACTION_BYTES = 32L << 20;

    private Lockdown() {}

    static DatabaseManagementServiceBuilder apply(DatabaseManagementServiceBuilder builder, Path homeDir)
            throws IOException {
        return builder
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // The usage report is the one connection the DBMS itself would open to the outside.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importFolder(homeDir))
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        BLOCKED_RANGES.stream().map(IPAddressString::new).toList())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemoryLimit());
    }

    /** A quarter of the heap the JVM was given (-Xmx), at least 32 MB. */
    static long transactionMemoryLimit() {
        return Math.max(Runtime.getRuntime().maxMemory() / 4, MIN_TRANSACTION_BYTES);
    }

    /** The import root: created owner-only and never written to by trade-kg. */
    private static Path importFolder(Path homeDir) throws IOException {
        Path folder = homeDir.resolve(IMPORT_FOLDER);
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        return folder;
    }
}

package dev.tradekg.neo4j;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * The password of user neo4j: generated on the first start of a data folder, kept in
 * `<home>/trade-kg-neo4j.password` (owner read/write only), where trade-kg's CLI, API and
 * tests read it. It never travels through the environment or the command line, which other
 * processes of the machine can read.
 *
 * How Neo4j gets it, in two steps:
 * 1. before the DBMS starts, `<home>/data/dbms/auth.ini` holds the hashed password; this is
 *    what `neo4j-admin dbms set-initial-password` writes. Neo4j applies it while creating the
 *    system database, and on a later start while user neo4j still has the default password
 *    "neo4j" (a folder created by a trade-kg that ran without authentication), so Bolt never
 *    accepts a connection with the default password;
 * 2. after the start, ALTER USER from inside the JVM (embedded transactions need no login)
 *    makes sure the password is the file's in every other case (a file that was deleted and
 *    regenerated, a password changed by hand).
 */
final class InitialPassword {
    static final String FILE = "trade-kg-neo4j.password";
    private static final String USER = "neo4j";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private InitialPassword() {}

    /** The data folder's password, created on first start. */
    static String readOrCreate(Path homeDir) throws IOException {
        Path file = homeDir.resolve(FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        // A folder copied or restored from a backup may have widened the mode.
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        String password = Files.readString(file).trim();
        if (password.length() < 16) {
            throw new IllegalStateException("expected a password of 16 characters or more in " + file
                    + ", got " + password.length() + "; delete the file to generate a new one");
        }
        return password;
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Written beside the target with its final mode, then linked into place: a reader never
        // sees a half-written file, and of two starts racing on one folder the first one wins.
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temporary, password + "\n");
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException lostTheRace) {
            // the other start's password is the folder's password
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Step 1: auth.ini with the hashed password, read by Neo4j as the system database starts. */
    static Path writeAuthIni(Path homeDir, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, homeDir).build();
        Path authIni = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        FileUserRepository repository = new FileUserRepository(new DefaultFileSystemAbstraction(), authIni,
                NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        repository.start();
        try {
            SystemGraphCredential credential =
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher());
            repository.create(new User(USER, null, credential, false, false));
        } finally {
            repository.shutdown();
        }
        return authIni;
    }

    /** Step 2: the file's password for user neo4j, whatever the system database held before. */
    static void enforce(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("password", password);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not exist")) {
                system.executeTransactionally("CREATE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", params);
            } else if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }
}

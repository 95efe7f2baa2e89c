package org.carbonneutral.offset.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database of the earlier schema, where the inventory basis and the approved pathway lived in the part row, keeps
 * what each offsets part rests on when migrated: the rows move to upstream_approval and the old columns go.
 */
class UpstreamApprovalMigrationTest {

    static final String PORT = System.getenv().getOrDefault("SUITE_TEST_PG_PORT", "26432");
    static final String SERVER = "jdbc:postgresql://127.0.0.1:" + PORT + "/";
    static final String[] LOCATIONS = {"classpath:db/platform", "classpath:db/part", "classpath:db/migration"};

    String database;

    @BeforeEach
    void freshDatabase() throws Exception {
        database = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
        }
    }

    Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(SERVER + database, "postgres", "postgres").locations(LOCATIONS);
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void basisColumnsMoveToUpstreamApproval() throws Exception {
        flyway("11").migrate();
        UUID approved = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("insert into part (declaration_id, tenant, revision, opened, approved_revision, "
                    + "approved_inventory_revision, basis_revision, basis_seen_revision, basis_snapshot, pathway_revision, "
                    + "pathway_inventory_revision, approved_pathway_revision) values ('" + approved + "', 'acme', 3, true, 3, "
                    + "2, 2, 2, '{\"totalTco2e\":10}', 4, 2, 4)");
            s.execute("insert into part (declaration_id, tenant, revision, opened, basis_seen_revision) values ('"
                    + waiting + "', 'acme', 1, true, 5)");
        }
        assertTrue(flyway(null).migrate().success);
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "postgres");
                Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("select upstream, revision, seen_revision, snapshot, checked_against, "
                    + "approved_against from upstream_approval where declaration_id = '" + approved + "' order by upstream");
            assertTrue(r.next());
            assertEquals("inventory", r.getString(1));
            assertEquals(2, r.getInt(2));
            assertEquals("{\"totalTco2e\":10}", r.getString(4));
            assertEquals(2, r.getInt(6));
            assertTrue(r.next());
            assertEquals("pathway", r.getString(1));
            assertEquals(4, r.getInt(2));
            assertEquals("{\"inventory\":2}", r.getString(5));
            assertEquals(4, r.getInt(6));
            assertFalse(r.next());
            r = s.executeQuery("select revision, seen_revision, approved_against from upstream_approval "
                    + "where declaration_id = '" + waiting + "'");
            assertTrue(r.next());
            assertNull(r.getObject(1));
            assertEquals(5, r.getInt(2));
            assertNull(r.getObject(3));
            r = s.executeQuery("select count(*) from information_schema.columns where table_name = 'part' and column_name "
                    + "in ('basis_revision', 'basis_snapshot', 'approved_inventory_revision', 'pathway_revision')");
            r.next();
            assertEquals(0, r.getInt(1));
        }
    }
}

package nl.inburgering.portal.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.inburgering.portal.web.platform.DatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway scripts under {@code db/migration} of every module:
 * the schema is changed by migrations only, never by JPA.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    public MigrateResult migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Schema migrations: " + result.migrationsExecuted + " applied, now at version "
                + result.targetSchemaVersion);
        return result;
    }

    /** Pending migrations, for the health check: an empty array means the schema is current. */
    public MigrationInfo[] pending() {
        return flyway().info().pending();
    }
}

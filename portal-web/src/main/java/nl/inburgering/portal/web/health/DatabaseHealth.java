package nl.inburgering.portal.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import nl.inburgering.portal.web.platform.DatabaseConfiguration;
import nl.inburgering.portal.web.startup.SchemaMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean reachable = c.isValid(2);
            int pending = migrations.pending().length;
            return response.status(reachable && pending == 0)
                    .withData("bereikbaar", reachable)
                    .withData("openstaandeMigraties", pending)
                    .build();
        } catch (Exception e) {
            return response.down().withData("fout", e.getClass().getSimpleName()).build();
        }
    }
}

package nl.inburgering.portal.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the portal. URL, user and password come from MicroProfile Config
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}); the default URL
 * {@code embedded} starts the embedded PostgreSQL (see {@link PortalDataSource}).
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "nl.inburgering.portal.web.platform.PortalDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}

package nl.inburgering.portal.web.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The portal's connection source, named in {@link DatabaseConfiguration}. Payara's pool sets the
 * configured URL, user and password as bean properties. When the URL is the word {@code embedded}
 * (the default when nothing is configured), a PostgreSQL server is started from the application's
 * own binaries on a data folder ({@link EmbeddedDatabase}), so that one command runs the portal;
 * otherwise the URL names the production PostgreSQL server.
 */
public class PortalDataSource implements DataSource {

    static final String EMBEDDED = "embedded";

    private String url = EMBEDDED;
    private String user;
    private String password;
    private volatile PGSimpleDataSource delegate;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private PGSimpleDataSource delegate() {
        PGSimpleDataSource ds = delegate;
        if (ds == null) {
            synchronized (this) {
                ds = delegate;
                if (ds == null) {
                    ds = new PGSimpleDataSource();
                    if (url == null || url.isBlank() || EMBEDDED.equalsIgnoreCase(url.trim())) {
                        EmbeddedDatabase db = EmbeddedDatabase.start();
                        ds.setUrl(db.jdbcUrl());
                        ds.setUser(EmbeddedDatabase.USER);
                    } else {
                        ds.setUrl(url.trim());
                        ds.setUser(user);
                        ds.setPassword(password);
                    }
                    delegate = ds;
                }
            }
        }
        return ds;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used: the driver logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own timeouts apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("nl.inburgering.portal.db");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

package nl.inburgering.portal.openhouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the Open House module (STYLE.md, "Configuration": MicroProfile Config, defaults in
 * this module's {@code META-INF/microprofile-config.properties}, overridden by environment variables
 * such as {@code PORTAL_OPENHOUSE_MAX_BEWIJS_BYTES}).
 */
@ApplicationScoped
public class OpenHouseSettings {

    public static final String MAX_BEWIJS_BYTES = "portal.openhouse.max-bewijs-bytes";
    public static final String AANMELDTERMIJN_DAGEN = "portal.openhouse.aanmeldtermijn-dagen-voor-einde";

    /** 5 MB: a scanned certificate or a policy document fits easily. */
    public static final long STANDAARD_MAX_BEWIJS_BYTES = 5L * 1024 * 1024;
    /** DESIGN.md, "Open House procedure": the application deadline defaults to 30 days before the end. */
    public static final int STANDAARD_AANMELDTERMIJN_DAGEN = 30;

    @Inject
    @ConfigProperty(name = MAX_BEWIJS_BYTES, defaultValue = "5242880")
    private long maxBewijsBytes;

    @Inject
    @ConfigProperty(name = AANMELDTERMIJN_DAGEN, defaultValue = "30")
    private int aanmeldtermijnDagen;

    /** The largest evidence upload (one PDF) accepted, in bytes. */
    public long maxBewijsBytes() {
        return maxBewijsBytes;
    }

    /**
     * How many days before the end of a procedure applications close when the contract manager sets
     * no deadline of his own. The date is computed and stored when the procedure is saved, so a later
     * change of this setting does not move the deadline of an existing procedure.
     */
    public int aanmeldtermijnDagen() {
        return aanmeldtermijnDagen;
    }
}

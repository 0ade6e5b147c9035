package nl.inburgering.portal.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once when the application starts: migrations first, then (when asked) the demo region, and after it has
 * committed its demo placements, attendance and settlement ({@link DemoAfrekening}).
 */
@ApplicationScoped
public class Startup {

    @Inject
    SchemaMigrations migrations;

    @Inject
    DemoData demoData;

    @Inject
    DemoAfrekening demoAfrekening;

    /** Whether the demo region comes with placements, attendance and settled months (default yes). */
    @Inject
    @ConfigProperty(name = "portal.demo-data.afrekening", defaultValue = "true")
    boolean demoAfrekeningGewenst;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migrations.migrate();
        if (demoData.loadIfWanted() && demoAfrekeningGewenst) {
            try {
                demoAfrekening.load();
            } catch (RuntimeException e) {
                // the region is usable without its demo invoices; say why they are missing
                Logger.getLogger(Startup.class.getName()).log(Level.WARNING, "demo settlement not loaded", e);
            }
        }
    }
}

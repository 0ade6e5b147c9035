package nl.inburgering.portal.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Runs once when the application starts: migrations first, then (when asked) the demo region. */
@ApplicationScoped
public class Startup {

    @Inject
    SchemaMigrations migrations;

    @Inject
    DemoData demoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migrations.migrate();
        demoData.loadIfWanted();
    }
}

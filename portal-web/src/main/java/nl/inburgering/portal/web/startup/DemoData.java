package nl.inburgering.portal.web.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Placeholder until the core model lands. */
@ApplicationScoped
public class DemoData {
    void loadIfWanted() {
    }
}

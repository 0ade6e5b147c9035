package nl.inburgering.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, versioned in the path as the Dutch API Design Rules require. Its description is
 * the hand-written {@code /api/v1/openapi.json}; Jersey's generated WADL is switched off.
 */
@ApplicationPath("/api/v1")
public class PortalApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

package nl.inburgering.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, versioned in the path as the Dutch API Design Rules require. */
@ApplicationPath("/api/v1")
public class PortalApi extends Application {
}

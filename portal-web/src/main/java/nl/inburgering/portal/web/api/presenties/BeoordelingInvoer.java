package nl.inburgering.portal.web.api.presenties;

import jakarta.validation.constraints.Size;

/**
 * The contract manager's decision on a correction request (OpenAPI schema {@code CorrectieBeoordelingInvoer}):
 * optional for an approval, required for a rejection (the service says so).
 */
public record BeoordelingInvoer(@Size(max = 2000, message = "Hoogstens 2000 tekens.") String toelichting) {
}

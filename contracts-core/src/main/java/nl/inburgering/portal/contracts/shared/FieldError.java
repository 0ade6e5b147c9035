package nl.inburgering.portal.contracts.shared;

/**
 * One invalid input field: the field name as the API and the form know it, a stable code, and a
 * Dutch message for people.
 */
public record FieldError(String field, String code, String message) {
}

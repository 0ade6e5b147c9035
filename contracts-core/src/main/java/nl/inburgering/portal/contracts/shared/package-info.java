/**
 * Value objects used everywhere ({@link nl.inburgering.portal.contracts.shared.Money},
 * {@link nl.inburgering.portal.contracts.shared.Bsn}, {@link nl.inburgering.portal.contracts.shared.Iban}, ...),
 * each validated in its static factory {@code of(String)} with a Dutch message and a stable code;
 * {@link nl.inburgering.portal.contracts.shared.FieldChecks} to report every invalid field of a request at
 * once; and the exceptions the web layer maps to HTTP answers (400, 403, 404, 409).
 */
package nl.inburgering.portal.contracts.shared;

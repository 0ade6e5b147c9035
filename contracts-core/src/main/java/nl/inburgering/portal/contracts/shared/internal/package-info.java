/**
 * Implementation helpers of contracts-core: JPA converters for the value objects (listed in
 * persistence.xml, applied automatically) and query building for the lazy lists. Not for other
 * modules (STYLE.md, "Structure").
 */
package nl.inburgering.portal.contracts.shared.internal;

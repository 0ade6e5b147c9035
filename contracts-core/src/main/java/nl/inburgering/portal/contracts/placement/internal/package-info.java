/**
 * Implementation helpers of the placement services: chunked IN lists and recognising the database's
 * own refusal of a second lopende placement. Not for other packages' callers (STYLE.md, "Structure").
 */
package nl.inburgering.portal.contracts.placement.internal;

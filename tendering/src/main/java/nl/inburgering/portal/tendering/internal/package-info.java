/**
 * Implementation helpers of the tendering module: query building for the lists and the clock. Not
 * for other modules (STYLE.md, "Structure").
 */
package nl.inburgering.portal.tendering.internal;

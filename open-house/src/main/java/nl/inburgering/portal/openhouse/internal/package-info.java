/**
 * Implementation helpers of the Open House module: the clock, date formatting for messages, and query
 * building for the lists. Not for other modules (STYLE.md, "Structure").
 */
package nl.inburgering.portal.openhouse.internal;

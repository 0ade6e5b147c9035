/** Implementation helpers of the reporting module; no other module uses them. */
package nl.inburgering.portal.reporting.internal;

/**
 * Tenders for the language part of the B1-route and the Z-route (DESIGN.md, "Rules", Tender): the
 * contract manager publishes a tender with lots, award criteria and contract terms; providers bid
 * per lot before the deadline; the contract manager scores quality, the portal computes the BPKV
 * table, sends the award decision to all bidders at once, waits out the standstill and creates one
 * contract per winner through contracts-core.
 *
 * <p>The API of this module is its root packages:
 * <ul>
 * <li>{@link nl.inburgering.portal.tendering.aanbesteding}: tenders, lots, award criteria, contract
 * terms, the status machine and the public notice;</li>
 * <li>{@link nl.inburgering.portal.tendering.inschrijving}: bids (sealed: a provider sees only its
 * own);</li>
 * <li>{@link nl.inburgering.portal.tendering.beoordeling}: quality scores, draws and the BPKV
 * table;</li>
 * <li>{@link nl.inburgering.portal.tendering.gunning}: award decision, in-portal messages to the
 * bidders, standstill, objections, definitive award, contracts and their extensions.</li>
 * </ul>
 * {@code .internal} is not for other modules.
 */
package nl.inburgering.portal.tendering;

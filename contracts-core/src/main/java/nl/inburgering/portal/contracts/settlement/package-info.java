/**
 * Settlement (DESIGN.md, "Settlement (monthly, per contract)"; issue 7): the monthly run
 * ({@link nl.inburgering.portal.contracts.settlement.AfrekenService}), the invoice workflow
 * ({@link nl.inburgering.portal.contracts.settlement.FactuurService}) and the gemeenten's statements
 * ({@link nl.inburgering.portal.contracts.settlement.VerrekenstaatService}). The maths is in
 * {@code settlement.rules}, pure Java; the SQL of a run in {@code settlement.internal}.
 */
package nl.inburgering.portal.contracts.settlement;

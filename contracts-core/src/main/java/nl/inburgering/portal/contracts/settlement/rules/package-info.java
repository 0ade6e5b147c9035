/**
 * The settlement rules (DESIGN.md, "Settlement (monthly, per contract)") as plain Java: immutable
 * records in, records out; no persistence, no container, no clock.
 *
 * <p>Entry point: {@link nl.inburgering.portal.contracts.settlement.rules.Afrekening#bereken} takes a
 * {@link nl.inburgering.portal.contracts.settlement.rules.ContractMaand} (the month, the contract's
 * {@link nl.inburgering.portal.contracts.settlement.rules.Contractvoorwaarden}, its placements as
 * {@link nl.inburgering.portal.contracts.settlement.rules.PlaatsingFeiten}, what is
 * {@link nl.inburgering.portal.contracts.settlement.rules.ReedsGefactureerd} and the approved
 * {@link nl.inburgering.portal.contracts.settlement.rules.Correctieverzoek}s) and gives a
 * {@link nl.inburgering.portal.contracts.settlement.rules.Maandafrekening}: the month's
 * {@link nl.inburgering.portal.contracts.settlement.rules.Afrekenregel}s, the
 * {@link nl.inburgering.portal.contracts.settlement.rules.Correctieregel}s, and the two
 * {@link nl.inburgering.portal.contracts.settlement.rules.Factuur}en (gemeenten, with each
 * {@link nl.inburgering.portal.contracts.settlement.rules.GemeenteAandeel}; zelfbetalers).
 * {@link nl.inburgering.portal.contracts.settlement.rules.Factuur#bereken} recomputes an invoice over the
 * approved lines; {@link nl.inburgering.portal.contracts.settlement.rules.BtwVerdeling} is the
 * largest-remainder split of VAT on its own.
 *
 * <p>Money is {@link nl.inburgering.portal.contracts.shared.Money} (euros, scale 2, half up, rounded once
 * at the line); hours are {@link nl.inburgering.portal.contracts.settlement.rules.Uren} (BigDecimal, quarter
 * hours in attendance). Never a {@code double}.
 */
package nl.inburgering.portal.contracts.settlement.rules;

/**
 * Applications to Open House procedures (DESIGN.md, "Open House procedure"): the aggregate
 * {@link nl.inburgering.portal.openhouse.aanmelding.Aanmelding} with its answers and
 * {@link nl.inburgering.portal.openhouse.aanmelding.Bewijsstuk evidence}, the pure rules
 * ({@link nl.inburgering.portal.openhouse.aanmelding.Toelatingstoets admission},
 * {@link nl.inburgering.portal.openhouse.aanmelding.PdfBewijs uploads},
 * {@link nl.inburgering.portal.openhouse.aanmelding.OpenHouseContract the contract},
 * {@link nl.inburgering.portal.openhouse.aanmelding.ContractNummering its number},
 * {@link nl.inburgering.portal.openhouse.aanmelding.Opzegtermijn withdrawal}) and
 * {@link nl.inburgering.portal.openhouse.aanmelding.AanmeldingService}.
 */
package nl.inburgering.portal.openhouse.aanmelding;

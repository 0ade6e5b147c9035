package nl.inburgering.portal.openhouse.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Input for a new procedure or a change, as entered by the contract manager: {@link ProcedureService}
 * validates every field at once.
 *
 * @param leerroute                   normally {@link Leerroute#ONDERWIJSROUTE}
 * @param eisen                       the published conditions, at least one, in the order shown
 * @param tarieven                    the fixed tariffs the admitted providers get, in the shape of
 *                                    contracts-core (any of the three payment models; versions by
 *                                    valid-from date, the first in force on the start date)
 * @param gemeenteIds                 the participating gemeenten, at least one
 * @param aanmelddeadline             optional: the last day to apply; empty is the default of
 *                                    {@code portal.openhouse.aanmeldtermijn-dagen-voor-einde} (30)
 *                                    days before the end date
 * @param opzegtermijnMaanden         notice period for a withdrawal, in months (0 to 24)
 * @param btwTarief                   VAT rate of the contracts (education is normally exempt: NUL)
 * @param geoorloofdVerzuimDeclarabel PER_UUR only: whether excused absence is billable
 */
public record ProcedureGegevens(String titel, Leerroute leerroute, List<EisGegevens> eisen,
        List<TariefGegevens> tarieven, Set<Long> gemeenteIds, LocalDate startdatum, LocalDate einddatum,
        LocalDate aanmelddeadline, Integer opzegtermijnMaanden, BtwTarief btwTarief,
        boolean geoorloofdVerzuimDeclarabel) {
}

package nl.inburgering.portal.openhouse.aanmelding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.openhouse.procedure.VastTarief;

/**
 * The contract an admission creates (DESIGN.md, "Open House procedure": TOEGELATEN creates the
 * provider's OPEN_HOUSE contract with the procedure's tariffs and period). Pure.
 *
 * <ul>
 * <li>The terms are those of the version the provider applied under: it accepted those, and was
 * assessed against those conditions.</li>
 * <li>It starts on the decision date, or on the procedure's start date when the decision comes
 * earlier, and ends with the procedure. No extension options (a later procedure is a new one), no
 * capacity limit (Open House: the inburgeraar chooses).</li>
 * <li>Tariff versions superseded before the start are left out: the contract starts with the one in
 * force on its start date, followed by the later ones.</li>
 * </ul>
 */
public final class OpenHouseContract {

    private OpenHouseContract() {
    }

    public static LocalDate startdatum(ProcedureVersie versie, LocalDate besluitdatum) {
        return besluitdatum.isBefore(versie.getStartdatum()) ? versie.getStartdatum() : besluitdatum;
    }

    /** The procedure reference on the contract: {@code Open House-procedure 12, versie 2}. */
    public static String herkomstReferentie(ProcedureVersie versie) {
        return "Open House-procedure " + versie.getProcedureId() + ", versie " + versie.getVersienummer();
    }

    public static ContractGegevens gegevens(ProcedureVersie versie, long aanbiederId, ContractNumber nummer,
            LocalDate besluitdatum) {
        LocalDate start = startdatum(versie, besluitdatum);
        return new ContractGegevens(nummer.value(), aanbiederId, ContractHerkomst.OPEN_HOUSE, herkomstReferentie(versie),
                null, Set.of(versie.getLeerroute()), versie.getGemeenteIds(), start, versie.getEinddatum(), 0, null,
                versie.getBtwTarief(), versie.isGeoorloofdVerzuimDeclarabel(), tarieven(versie.getTarieven(), start));
    }

    /** The tariff in force on the start date and every later one, oldest first. */
    static List<TariefGegevens> tarieven(List<VastTarief> opDatum, LocalDate start) {
        VastTarief geldend = null;
        List<TariefGegevens> later = new ArrayList<>();
        for (VastTarief t : opDatum) {
            if (t.getGeldigVanaf().isAfter(start)) {
                later.add(t.naarGegevens());
            } else {
                geldend = t;
            }
        }
        List<TariefGegevens> result = new ArrayList<>();
        if (geldend != null) {
            result.add(geldend.naarGegevens());
        }
        result.addAll(later);
        return result;
    }
}

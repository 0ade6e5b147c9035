package nl.inburgering.portal.web.pages.openhouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.openhouse.procedure.VastTarief;
import nl.inburgering.portal.web.pages.Formats;
import org.omnifaces.util.Faces;

/** Small views of a procedure version that several pages show ({@code #{procedureWeergave}}). */
@Named
@ApplicationScoped
public class ProcedureWeergave {

    /** One milestone of a TRAJECT tariff with its share of the price. */
    public record MijlpaalRegel(Mijlpaal mijlpaal, Percentage percentage, Money bedrag) implements Serializable {
    }

    public List<MijlpaalRegel> mijlpalen(VastTarief t) {
        return t.getMijlpalen().entrySet().stream()
                .map(e -> new MijlpaalRegel(e.getKey(), e.getValue(), e.getValue().applyTo(t.getBedrag())))
                .toList();
    }

    /** Whether providers may apply to this version today. */
    public boolean aanmeldenOpen(ProcedureVersie v) {
        return v != null && v.isGepubliceerd() && v.isAanmeldenOpen(vandaag());
    }

    /** The tariff in force today, or the first one before the start. */
    public boolean vanKracht(ProcedureVersie v, VastTarief t) {
        VastTarief geldend = null;
        for (VastTarief x : v.getTarieven()) {
            if (!x.getGeldigVanaf().isAfter(vandaag())) {
                geldend = x;
            }
        }
        return t.equals(geldend == null ? v.getTarieven().get(0) : geldend);
    }

    /** A file size for people: {@code 180 kB}, {@code 1,2 MB}. */
    public String grootte(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Faces.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    private static LocalDate vandaag() {
        return LocalDate.now(Formats.ZONE);
    }
}

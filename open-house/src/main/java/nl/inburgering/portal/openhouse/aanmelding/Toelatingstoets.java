package nl.inburgering.portal.openhouse.aanmelding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.openhouse.internal.Datums;

/**
 * Whether an application may be admitted (DESIGN.md, "Open House procedure": TOEGELATEN only when all
 * mandatory requirements are met; "Eligibility", rule 3: the onderwijsroute only with an
 * ONDERWIJSINSTELLING that has WEB recognition). Pure: every reason against is recorded, so the
 * contract manager sees them all at once.
 *
 * <ul>
 * <li>Every mandatory condition has been assessed, and found met. Optional conditions do not count.</li>
 * <li>For the {@link Leerroute#ONDERWIJSROUTE}: the provider is an {@link AanbiederSoort#ONDERWIJSINSTELLING},
 * recognised under the Wet educatie en beroepsonderwijs on the decision date
 * ({@link Aanbieder#isWebErkendOp}), and registered with its BRIN/RIO code.</li>
 * </ul>
 */
public final class Toelatingstoets {

    private Toelatingstoets() {
    }

    public static void toets(FieldChecks checks, Collection<Antwoord> antwoorden, Leerroute leerroute,
            Aanbieder aanbieder, LocalDate besluitdatum) {
        antwoorden.stream()
                .filter(Antwoord::isVerplicht)
                .sorted(Comparator.comparingInt(Antwoord::getEisVolgnummer))
                .forEach(a -> {
                    if (!a.isBeoordeeld()) {
                        checks.add("beoordelingen", "toelating.eis-niet-beoordeeld",
                                "Verplichte eis " + a.getEisVolgnummer() + " is nog niet beoordeeld.");
                    } else if (!a.getVoldaan()) {
                        checks.add("beoordelingen", "toelating.eis-niet-voldaan",
                                "Aan verplichte eis " + a.getEisVolgnummer() + " is niet voldaan.");
                    }
                });
        if (leerroute == Leerroute.ONDERWIJSROUTE) {
            if (aanbieder.getSoort() != AanbiederSoort.ONDERWIJSINSTELLING) {
                checks.add("aanbieder", "toelating.geen-onderwijsinstelling", "De onderwijsroute is alleen voor "
                        + "onderwijsinstellingen; " + aanbieder.getNaam() + " is een taalaanbieder.");
                return;
            }
            checks.check(aanbieder.isWebErkendOp(besluitdatum), "aanbieder", "toelating.geen-web-erkenning",
                    aanbieder.getNaam() + " is op " + Datums.tekst(besluitdatum) + " niet erkend op grond van de WEB; "
                            + "zonder WEB-erkenning is toelating tot de onderwijsroute niet mogelijk.");
            checks.check(aanbieder.getBrinCode() != null, "aanbieder", "toelating.geen-brin",
                    "Van " + aanbieder.getNaam() + " is geen BRIN- of RIO-code bekend; vul die eerst in bij de aanbieder.");
        }
    }
}

package nl.inburgering.portal.openhouse.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * The validated content of one procedure version: what is published, and what an admitted
 * provider's contract is made of. Two versions with equal content are the same terms.
 */
record ProcedureInhoud(String titel, Leerroute leerroute, List<Eis> eisen, List<VastTarief> tarieven,
        Set<Long> gemeenteIds, LocalDate startdatum, LocalDate einddatum, LocalDate aanmelddeadline,
        int opzegtermijnMaanden, BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel) {

    static final int MAX_TITEL = 200;
    static final int MAX_OPZEGTERMIJN_MAANDEN = 24;

    ProcedureInhoud {
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(startdatum, "startdatum");
        Objects.requireNonNull(einddatum, "einddatum");
        Objects.requireNonNull(aanmelddeadline, "aanmelddeadline");
        Objects.requireNonNull(btwTarief, "btwTarief");
        eisen = List.copyOf(eisen);
        List<VastTarief> opDatum = new ArrayList<>(tarieven);
        opDatum.sort(Comparator.comparing(VastTarief::getGeldigVanaf));
        tarieven = List.copyOf(opDatum);
        gemeenteIds = Set.copyOf(new TreeSet<>(gemeenteIds));
    }

    /**
     * Checks every field and rule of the input and records each violation; returns the content, or
     * null when anything is wrong. Whether the gemeenten exist is the service's check.
     *
     * @param standaardDagen the default deadline in days before the end, used when none is set
     */
    static ProcedureInhoud uit(FieldChecks checks, ProcedureGegevens in, int standaardDagen) {
        String titel = checks.requiredText("titel", in.titel(), MAX_TITEL);
        checks.required("leerroute", in.leerroute());
        List<Eis> eisen = eisen(checks, in.eisen());
        List<VastTarief> tarieven = new ArrayList<>();
        List<TariefGegevens> tariefInvoer = in.tarieven() == null ? List.of() : in.tarieven();
        for (int i = 0; i < tariefInvoer.size(); i++) {
            tarieven.add(VastTarief.uit(checks, "tarieven[" + i + "]", tariefInvoer.get(i)));
        }
        checks.check(in.gemeenteIds() != null && !in.gemeenteIds().isEmpty()
                && in.gemeenteIds().stream().allMatch(Objects::nonNull), "gemeenteIds",
                "procedure.gemeente-verplicht", "Kies ten minste een deelnemende gemeente.");
        LocalDate start = checks.required("startdatum", in.startdatum());
        LocalDate einde = checks.required("einddatum", in.einddatum());
        boolean periodeGoed = start != null && einde != null
                && checks.check(einde.isAfter(start), "einddatum", "procedure.datumvolgorde",
                        "De einddatum ligt na de startdatum.");
        LocalDate deadline = einde == null ? null
                : Aanmeldtermijn.ofStandaard(in.aanmelddeadline(), einde, standaardDagen);
        if (periodeGoed) {
            Aanmeldtermijn.check(checks, start, einde, deadline, in.aanmelddeadline() != null);
        }
        Integer opzegtermijn = checks.required("opzegtermijnMaanden", in.opzegtermijnMaanden());
        if (opzegtermijn != null) {
            checks.check(opzegtermijn >= 0 && opzegtermijn <= MAX_OPZEGTERMIJN_MAANDEN, "opzegtermijnMaanden",
                    "procedure.opzegtermijn-bereik",
                    "De opzegtermijn is 0 tot " + MAX_OPZEGTERMIJN_MAANDEN + " maanden.");
        }
        checks.required("btwTarief", in.btwTarief());
        if (!tarieven.contains(null)) {
            checkTarieven(checks, start, einde, tarieven);
        }
        if (checks.hasErrors()) {
            return null;
        }
        return new ProcedureInhoud(titel, in.leerroute(), eisen, tarieven, in.gemeenteIds(), start, einde, deadline,
                opzegtermijn, in.btwTarief(), in.geoorloofdVerzuimDeclarabel());
    }

    private static List<Eis> eisen(FieldChecks checks, List<EisGegevens> invoer) {
        List<Eis> eisen = new ArrayList<>();
        if (!checks.check(invoer != null && !invoer.isEmpty(), "eisen", "procedure.eis-verplicht",
                "Een procedure heeft ten minste een voorwaarde.")) {
            return eisen;
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < invoer.size(); i++) {
            EisGegevens e = invoer.get(i);
            String prefix = "eisen[" + i + "]";
            if (e == null) {
                checks.add(prefix, "verplicht", "Vul de voorwaarde in.");
                continue;
            }
            FieldChecks local = new FieldChecks();
            String omschrijving = local.requiredText("omschrijving", e.omschrijving(), Eis.MAX_OMSCHRIJVING);
            String toelichting = local.optionalText("toelichting", e.toelichting(), Eis.MAX_TOELICHTING);
            if (omschrijving != null) {
                local.check(gezien.add(omschrijving.toLowerCase(Locale.ROOT)), "omschrijving",
                        "procedure.eis-dubbel", "Deze voorwaarde staat er al.");
            }
            if (local.hasErrors()) {
                checks.addAll(prefix, local);
            } else {
                eisen.add(new Eis(i + 1, omschrijving, toelichting, e.verplicht()));
            }
        }
        return eisen;
    }

    /**
     * The tariffs as one contract needs them (the rules of contracts-core's Contract): at least one,
     * one per valid-from date, one payment model, the first in force on the start date, none starting
     * after the end date.
     */
    private static void checkTarieven(FieldChecks checks, LocalDate start, LocalDate einde, List<VastTarief> tarieven) {
        if (!checks.check(!tarieven.isEmpty(), "tarieven", "procedure.tarief-verplicht",
                "Een procedure heeft ten minste een tarief.")) {
            return;
        }
        Set<LocalDate> data = new HashSet<>();
        Set<Betaalmodel> modellen = EnumSet.noneOf(Betaalmodel.class);
        LocalDate eerste = null;
        for (VastTarief t : tarieven) {
            checks.check(data.add(t.getGeldigVanaf()), "tarieven", "tarief.dubbele-datum",
                    "Er zijn twee tarieven geldig vanaf " + t.getGeldigVanaf() + ".");
            modellen.add(t.getBetaalmodel());
            eerste = eerste == null || t.getGeldigVanaf().isBefore(eerste) ? t.getGeldigVanaf() : eerste;
            if (einde != null) {
                checks.check(!t.getGeldigVanaf().isAfter(einde), "tarieven", "tarief.na-einddatum",
                        "Het tarief vanaf " + t.getGeldigVanaf() + " begint na de einddatum van de procedure.");
            }
        }
        checks.check(modellen.size() == 1, "tarieven", "tarief.een-betaalmodel",
                "Alle tarieven van een procedure hebben hetzelfde betaalmodel.");
        if (start != null) {
            checks.check(!eerste.isAfter(start), "tarieven", "tarief.vanaf-start",
                    "Het eerste tarief geldt uiterlijk vanaf de startdatum van de procedure.");
        }
    }
    /** The names of the fields in which another content differs from this one, for the audit log. */
    List<String> verschillenMet(ProcedureInhoud o) {
        List<String> v = new ArrayList<>();
        if (!titel.equals(o.titel)) {
            v.add("titel");
        }
        if (leerroute != o.leerroute) {
            v.add("leerroute");
        }
        if (!eisen.equals(o.eisen)) {
            v.add("voorwaarden");
        }
        if (!tarieven.equals(o.tarieven)) {
            v.add("tarieven");
        }
        if (!gemeenteIds.equals(o.gemeenteIds)) {
            v.add("gemeenten");
        }
        if (!startdatum.equals(o.startdatum) || !einddatum.equals(o.einddatum)) {
            v.add("looptijd");
        }
        if (!aanmelddeadline.equals(o.aanmelddeadline)) {
            v.add("sluitingsdatum");
        }
        if (opzegtermijnMaanden != o.opzegtermijnMaanden) {
            v.add("opzegtermijn");
        }
        if (btwTarief != o.btwTarief || geoorloofdVerzuimDeclarabel != o.geoorloofdVerzuimDeclarabel) {
            v.add("contractvoorwaarden");
        }
        return v;
    }
}

package nl.inburgering.portal.tendering.beoordeling;

import java.util.List;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.Kwaliteitscriterium;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;

/** The BPKV table of one lot, with the lot it belongs to. */
public record PerceelUitslag(Perceel perceel, BpkvUitslag uitslag) {

    /**
     * Computes the table of a lot from its current bids and recorded draws (plain Java).
     *
     * @param bids    the current bids on the lot, excluded ones included
     * @param lotingen the lot's draws, oldest first
     */
    public static PerceelUitslag van(Aanbesteding a, Perceel perceel, List<Inschrijving> bids, List<Loting> lotingen) {
        List<BpkvScorer.Criterium> criteria = a.getKwaliteitscriteria().stream()
                .map(PerceelUitslag::criterium)
                .toList();
        List<BpkvScorer.Kandidaat> kandidaten = bids.stream()
                .filter(i -> i.getPerceelId().equals(perceel.getId()))
                .map(i -> new BpkvScorer.Kandidaat(i.getId(), i.getAanbiederNaam(), i.getEvaluatieprijs(),
                        i.getUitsluitingsreden(), i.getScores()))
                .toList();
        List<List<Long>> draws = lotingen.stream()
                .filter(l -> l.getPerceelId().equals(perceel.getId()))
                .map(Loting::getVolgorde)
                .toList();
        return new PerceelUitslag(perceel, BpkvScorer.bereken(a.getPrijsWeging(), criteria, perceel.getAantalWinnaars(),
                kandidaten, draws));
    }

    static BpkvScorer.Criterium criterium(Kwaliteitscriterium k) {
        return new BpkvScorer.Criterium(k.getNummer(), k.getNaam(), k.getWeging(), k.getMaxScore());
    }
}

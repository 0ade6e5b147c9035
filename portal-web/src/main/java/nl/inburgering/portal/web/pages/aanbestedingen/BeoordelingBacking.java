package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Kwaliteitscriterium;
import nl.inburgering.portal.tendering.beoordeling.BeoordelingService;
import nl.inburgering.portal.tendering.beoordeling.BpkvRegel;
import nl.inburgering.portal.tendering.beoordeling.Loting;
import nl.inburgering.portal.tendering.beoordeling.PerceelUitslag;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The scoring table ({@code /app/aanbestedingen/beoordeling.xhtml?id=}), contract managers only:
 * per lot the BPKV table as the tendering module computes it (evaluation price, price points,
 * quality points per criterion, total, rank, winners, and the excluded bids with their reason).
 * While the tender is closed the contract manager enters the quality scores of each valid bid and
 * records a draw where a tie remains; then closes the evaluation and sends the award decision to all
 * bidders at once.
 */
@Named
@ViewScoped
public class BeoordelingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    InschrijvingService inschrijvingen;

    @Inject
    BeoordelingService beoordeling;

    @Inject
    GunningService gunning;

    private Long id;
    private Aanbesteding aanbesteding;
    private List<PerceelUitslag> uitslagen = List.of();
    private List<Loting> lotingen = List.of();

    private Long scoreInschrijvingId;
    private String scoreAanbieder;
    private final List<ScoreRij> scoreRijen = new ArrayList<>();

    private Long lotingPerceelId;
    private final List<LotingRij> lotingRijen = new ArrayList<>();
    private String lotingToelichting;

    /** View action: contract managers only; the bids must have been opened. */
    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    private void refresh() {
        aanbesteding = aanbestedingen.get(currentUser.actor(), id);
        uitslagen = List.of();
        if (aanbesteding.isGeopend()) {
            uitslagen = beoordeling.uitslagen(currentUser.actor(), id);
            lotingen = beoordeling.lotingen(currentUser.actor(), id);
        }
    }

    /** Opens the score dialog for one bid, filled with its current scores. */
    public void openScores(long inschrijvingId) {
        Inschrijving i = inschrijvingen.get(currentUser.actor(), inschrijvingId);
        scoreInschrijvingId = i.getId();
        scoreAanbieder = i.getAanbiederNaam();
        scoreRijen.clear();
        Map<Integer, BigDecimal> scores = i.getScores();
        for (Kwaliteitscriterium k : aanbesteding.getKwaliteitscriteria()) {
            BigDecimal s = scores.get(k.getNummer());
            scoreRijen.add(new ScoreRij(k.getNummer(), k.getNaam(), k.getMaxScore(), k.getWeging(),
                    s == null ? null : s.stripTrailingZeros()));
        }
    }

    public void opslaanScores() {
        Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
        for (ScoreRij r : scoreRijen) {
            if (r.score != null) {
                scores.put(r.nummer, r.score);
            }
        }
        try {
            Inschrijving i = beoordeling.scoor(currentUser.actor(), scoreInschrijvingId, scores);
            PageMessages.info("scoretabel.scoresOpgeslagen", i.getAanbiederNaam());
            refresh();
        } catch (InvalidInputException e) {
            Veldfouten.toon(e, this::scoreClientId);
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** {@code scores[n]} (criterion n) to the score input of its row in the dialog. */
    String scoreClientId(String field) {
        if (field.startsWith("scores[") && field.endsWith("]")) {
            try {
                int n = Integer.parseInt(field.substring(7, field.length() - 1));
                for (int i = 0; i < scoreRijen.size(); i++) {
                    if (scoreRijen.get(i).nummer == n) {
                        return "scores:rijen:" + i + ":score";
                    }
                }
            } catch (NumberFormatException e) {
                // a global message
            }
        }
        return null;
    }

    /** Opens the draw dialog for one undecided tie of a lot. */
    public void openLoting(long perceelId, List<Long> groep) {
        lotingPerceelId = perceelId;
        lotingRijen.clear();
        lotingToelichting = null;
        PerceelUitslag u = uitslag(perceelId);
        int positie = 1;
        for (Long bid : groep) {
            String naam = u.uitslag().regel(bid).map(BpkvRegel::naam).orElse(String.valueOf(bid));
            lotingRijen.add(new LotingRij(bid, naam, positie++));
        }
    }

    public void opslaanLoting() {
        Set<Integer> posities = lotingRijen.stream().map(r -> r.positie).collect(Collectors.toCollection(HashSet::new));
        boolean goed = posities.size() == lotingRijen.size() && lotingRijen.stream()
                .allMatch(r -> r.positie != null && r.positie >= 1 && r.positie <= lotingRijen.size());
        if (!goed) {
            PageMessages.error("scoretabel.lotingPosities", lotingRijen.size());
            org.omnifaces.util.Faces.validationFailed();
            return;
        }
        List<Long> volgorde = lotingRijen.stream().sorted(Comparator.comparing(LotingRij::getPositie))
                .map(LotingRij::getInschrijvingId).toList();
        try {
            beoordeling.registreerLoting(currentUser.actor(), id, lotingPerceelId, volgorde, lotingToelichting);
            PageMessages.info("scoretabel.lotingVastgelegd");
            refresh();
        } catch (InvalidInputException e) {
            Veldfouten.toon(e, f -> f.equals("toelichting") ? "loting:toelichting" : null);
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public void rondAf() {
        try {
            beoordeling.rondAf(currentUser.actor(), id);
            PageMessages.info("scoretabel.afgerond");
            refresh();
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public void heropen() {
        try {
            beoordeling.heropen(currentUser.actor(), id);
            PageMessages.info("scoretabel.heropend");
            refresh();
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** Sends the award decision to all bidders and goes on to the award page. */
    public String verstuurGunningsvoornemen() {
        try {
            gunning.verstuurGunningsvoornemen(currentUser.actor(), id);
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
            return null;
        }
        PageMessages.flashInfo("gunning.verzonden");
        return "/app/aanbestedingen/gunning?faces-redirect=true&id=" + id;
    }

    public boolean isKanScoren() {
        return aanbesteding.getStatus() == AanbestedingStatus.GESLOTEN;
    }

    public boolean isBeoordeeld() {
        return aanbesteding.getStatus() == AanbestedingStatus.BEOORDEELD;
    }

    /** Every lot's table is complete: the evaluation can be closed. */
    public boolean isCompleet() {
        return !uitslagen.isEmpty() && uitslagen.stream().allMatch(u -> u.uitslag().isCompleet());
    }

    /** The points of a row on the criterion at this column; null for an excluded row. */
    public Object criterium(BpkvRegel r, int kolom) {
        return r.criteria().size() > kolom ? r.criteria().get(kolom) : null;
    }

    /** The names of the bids of a tie: "Taalhuis Groningen B.V. en Lingua Noord". */
    public String namen(PerceelUitslag u, List<Long> groep) {
        return groep.stream().map(bid -> u.uitslag().regel(bid).map(BpkvRegel::naam).orElse(String.valueOf(bid)))
                .collect(Collectors.joining(", "));
    }

    /** The draws recorded on a lot, oldest first. */
    public List<Loting> lotingen(long perceelId) {
        return lotingen.stream().filter(l -> l.getPerceelId() == perceelId).toList();
    }

    public String volgorde(PerceelUitslag u, Loting l) {
        return namen(u, l.getVolgorde());
    }

    private PerceelUitslag uitslag(long perceelId) {
        return uitslagen.stream().filter(u -> u.perceel().getId() == perceelId).findFirst()
                .orElseThrow(() -> new NotFoundException("Perceel", perceelId));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Aanbesteding getAanbesteding() {
        return aanbesteding;
    }

    public List<PerceelUitslag> getUitslagen() {
        return uitslagen;
    }

    public List<Kwaliteitscriterium> getCriteria() {
        return aanbesteding.getKwaliteitscriteria();
    }

    public String getScoreAanbieder() {
        return scoreAanbieder;
    }

    public List<ScoreRij> getScoreRijen() {
        return scoreRijen;
    }

    public List<LotingRij> getLotingRijen() {
        return lotingRijen;
    }

    public String getLotingToelichting() {
        return lotingToelichting;
    }

    public void setLotingToelichting(String lotingToelichting) {
        this.lotingToelichting = lotingToelichting;
    }

    /** The score of one criterion as entered in the dialog. */
    public static class ScoreRij implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int nummer;
        private final String naam;
        private final int maxScore;
        private final BigDecimal weging;
        private BigDecimal score;

        ScoreRij(int nummer, String naam, int maxScore, BigDecimal weging, BigDecimal score) {
            this.nummer = nummer;
            this.naam = naam;
            this.maxScore = maxScore;
            this.weging = weging;
            this.score = score;
        }

        public int getNummer() {
            return nummer;
        }

        public String getNaam() {
            return naam;
        }

        public int getMaxScore() {
            return maxScore;
        }

        public BigDecimal getWeging() {
            return weging;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }
    }

    /** One tied bid and its drawn position (1 ranks highest). */
    public static class LotingRij implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long inschrijvingId;
        private final String naam;
        private Integer positie;

        LotingRij(long inschrijvingId, String naam, Integer positie) {
            this.inschrijvingId = inschrijvingId;
            this.naam = naam;
            this.positie = positie;
        }

        public long getInschrijvingId() {
            return inschrijvingId;
        }

        public String getNaam() {
            return naam;
        }

        public Integer getPositie() {
            return positie;
        }

        public void setPositie(Integer positie) {
            this.positie = positie;
        }
    }
}

package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.aanbesteding.Tariefpost;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingGegevens;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingStatus;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * One tender ({@code /app/aanbestedingen/detail.xhtml?id=}): the notice with its lots, criteria and
 * terms. The contract manager sees the number of bids per lot (never their content before the
 * opening) and publishes, closes and opens, or cancels it here, and goes on to the scoring table and
 * the award. A provider bids here per lot (a price per tariff item; a late bid is refused with the
 * time), sees and withdraws its own bids, and finds its award decision messages. A draft, or a
 * tender that does not exist, answers 404 to anyone but the contract manager.
 *
 * <p>While bidding is open the contract manager can extend the deadline here (a dialog with the new
 * date and time and the reason); every visitor of the notice then sees the new deadline, the one first
 * published and the reason.
 */
@Named
@ViewScoped
public class AanbestedingDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern PRIJS = Pattern.compile("prijzen\\[(\\d+)]\\.prijs");

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    InschrijvingService inschrijvingen;

    @Inject
    GunningService gunning;

    @Inject
    GemeenteService gemeenteService;

    @Inject
    Formats fmt;

    private Long id;
    private Aanbesteding aanbesteding;
    private Map<Long, Long> aantallen = Map.of();
    private List<Inschrijving> eigenInschrijvingen = List.of();
    private List<Gunningsbericht> berichten = List.of();
    /** The price entered per lot id (one tariff item per lot). */
    /** The prices entered per lot id and item number. */
    private final Map<Long, Map<Integer, BigDecimal>> prijzen = new HashMap<>();
    private String intrekkingsreden;
    private LocalDateTime nieuweSluitingstijd;
    private String verlengingsreden;
    private Map<Long, String> gemeenteNamen;

    /** View action: loads the tender, or answers 404. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        aanbesteding = aanbestedingen.get(currentUser.actor(), id);
        if (currentUser.isContractbeheerder()) {
            aantallen = inschrijvingen.aantalPerPerceel(currentUser.actor(), id);
        }
        if (currentUser.isAanbieder()) {
            eigenInschrijvingen = inschrijvingen.inschrijvingen(currentUser.actor(), id);
            berichten = gunning.berichten(currentUser.actor(), id);
            for (Inschrijving i : eigenInschrijvingen) {
                if (i.getStatus() == InschrijvingStatus.INGEDIEND) {
                    Map<Integer, BigDecimal> ingevuld = prijzen.computeIfAbsent(i.getPerceelId(), k -> new HashMap<>());
                    i.getPrijzen().forEach((nummer, prijs) -> ingevuld.putIfAbsent(nummer, prijs.amount()));
                }
            }
        }
    }

    public void publiceer() {
        actie(() -> aanbestedingen.publiceer(currentUser.actor(), id), "aanbesteding.gepubliceerd");
    }

    public void sluitEnOpen() {
        actie(() -> inschrijvingen.sluitEnOpen(currentUser.actor(), id), "aanbesteding.gesloten");
    }

    public void trekIn() {
        try {
            aanbestedingen.trekIn(currentUser.actor(), id, intrekkingsreden);
            intrekkingsreden = null;
            PageMessages.info("aanbesteding.ingetrokken");
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "intrekking", Map.of("reden", "reden"));
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** Prefills the extension dialog with the current deadline, to be moved later. */
    public void openVerlenging() {
        nieuweSluitingstijd = aanbesteding.getSluitingstijdLokaal().toLocalDateTime();
        verlengingsreden = null;
    }

    /**
     * Extends the deadline; invalid input is shown next to the dialog's fields (in the page's
     * language), a tender that can no longer be extended as a message above the page.
     */
    public void verlengSluitingstijd() {
        try {
            aanbestedingen.verlengSluitingstijd(currentUser.actor(), id, nieuweSluitingstijd, verlengingsreden);
            refresh();
            PageMessages.info("aanbesteding.verlenging.verlengd", aanbesteding.getReferentie(),
                    fmt.dateTime(aanbesteding.getSluitingstijd()));
            nieuweSluitingstijd = null;
            verlengingsreden = null;
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(vertaald(e), "verlenging", Map.of());
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.verlenging.fout", e.getMessage());
            refresh();
        }
    }

    /** The domain's Dutch messages about the new deadline in the page's language, with the current deadline. */
    private InvalidInputException vertaald(InvalidInputException e) {
        String huidige = fmt.dateTime(aanbesteding.getSluitingstijd());
        return new InvalidInputException(e.errors().stream()
                .map(fe -> new FieldError(fe.field(), fe.code(),
                        Texts.find("aanbesteding.verlenging.fout." + fe.code(), huidige).orElse(fe.message())))
                .toList());
    }

    /**
     * Submits (or, before the deadline, replaces) the provider's bid on one lot: a price per tariff item. An
     * error about a price is shown next to that item's input, others above the page.
     */
    public void dienIn(Perceel perceel) {
        Map<Integer, BigDecimal> ingevuld = prijzenVan(perceel);
        List<Tariefpost> posten = perceel.getTariefposten();
        try {
            inschrijvingen.dienIn(currentUser.actor(), id, new InschrijvingGegevens(perceel.getId(), posten.stream()
                    .map(t -> new InschrijvingGegevens.Prijs(t.getNummer(), ingevuld.get(t.getNummer())))
                    .toList()));
            PageMessages.info("inschrijving.ingediend", perceel.label());
            refresh();
        } catch (InvalidInputException e) {
            List<Long> ids = aanbesteding.getPercelen().stream().map(Perceel::getId).toList();
            int rij = ids.indexOf(perceel.getId());
            List<FieldError> bijPrijs = e.errors().stream().filter(fe -> PRIJS.matcher(fe.field()).matches()).toList();
            if (!bijPrijs.isEmpty()) {
                Veldfouten.toon(new InvalidInputException(bijPrijs), veld -> {
                    Matcher m = PRIJS.matcher(veld);
                    return m.matches() ? "percelen:tabel:" + rij + ":posten:" + m.group(1) + ":prijs" : null;
                });
            }
            String overig = e.errors().stream().filter(fe -> !bijPrijs.contains(fe)).map(PageMessages::text)
                    .collect(Collectors.joining(" "));
            PageMessages.error("inschrijving.fout", perceel.label(), overig.isEmpty()
                    ? Texts.find("aanbesteding.tariefpost.zieVelden").orElse("") : overig);
        } catch (StateConflictException e) {
            PageMessages.error("inschrijving.fout", perceel.label(), e.getMessage());
        }
    }

    /** The prices entered for a lot's items, by item number; the bid form's inputs write into it. */
    public Map<Integer, BigDecimal> prijzenVan(Perceel perceel) {
        return prijzen.computeIfAbsent(perceel.getId(), k -> new HashMap<>());
    }

    public void trekInschrijvingIn(Inschrijving i) {
        try {
            inschrijvingen.trekIn(currentUser.actor(), i.getId());
            prijzen.remove(i.getPerceelId());
            PageMessages.info("inschrijving.ingetrokken");
            refresh();
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    private void actie(Runnable r, String bericht) {
        try {
            r.run();
            PageMessages.info(bericht, aanbesteding.getReferentie());
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.error("aanbesteding.fout",
                    e.errors().stream().map(PageMessages::text).collect(Collectors.joining(" ")));
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** Bidding is open: published and before the deadline. */
    public boolean isOpen() {
        return aanbesteding.isOpenVoorInschrijving(Instant.now());
    }

    /** The deadline has passed while the tender is still published: it can be closed and the bids opened. */
    public boolean isKanSluiten() {
        return aanbesteding.getStatus() == AanbestedingStatus.GEPUBLICEERD
                && !Instant.now().isBefore(aanbesteding.getSluitingstijd());
    }

    /** Time left to bid in days and hours ("3 dagen, 4 uur"), for the notice. */
    public Duration getTijdTotSluiting() {
        Duration d = Duration.between(Instant.now(), aanbesteding.getSluitingstijd());
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean isMagBeheren() {
        return currentUser.isContractbeheerder();
    }

    /** The contract manager may extend the deadline while bidding is open. */
    public boolean isKanVerlengen() {
        return currentUser.isContractbeheerder() && isOpen();
    }

    public boolean isKanBeoordelen() {
        return currentUser.isContractbeheerder() && aanbesteding.isGeopend()
                && aanbesteding.getStatus() != AanbestedingStatus.INGETROKKEN;
    }

    public boolean isKanGunning() {
        return currentUser.isContractbeheerder() && (aanbesteding.getStatus()
                == AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN || aanbesteding.getStatus() == AanbestedingStatus.GEGUND);
    }

    /** The provider's current bid on a lot, or null. */
    public Inschrijving huidigeInschrijving(Perceel perceel) {
        return eigenInschrijvingen.stream()
                .filter(i -> i.getPerceelId().equals(perceel.getId()) && i.getStatus() == InschrijvingStatus.INGEDIEND)
                .findFirst().orElse(null);
    }

    public long aantal(Perceel perceel) {
        return aantallen.getOrDefault(perceel.getId(), 0L);
    }

    public String perceelLabel(long perceelId) {
        return aanbesteding.perceel(perceelId).map(Perceel::label).orElse("");
    }

    /** The names of a lot's gemeenten, in alphabetical order. */
    public String gemeenten(Perceel perceel) {
        if (gemeenteNamen == null) {
            gemeenteNamen = new LinkedHashMap<>();
            for (Gemeente g : gemeenteService.list(currentUser.actor())) {
                gemeenteNamen.put(g.getId(), g.getNaam());
            }
        }
        return perceel.getGemeenteIds().stream().map(g -> gemeenteNamen.getOrDefault(g, "#" + g)).sorted()
                .collect(Collectors.joining(", "));
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

    public List<Inschrijving> getEigenInschrijvingen() {
        return eigenInschrijvingen;
    }

    public List<Gunningsbericht> getBerichten() {
        return berichten;
    }


    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public void setIntrekkingsreden(String intrekkingsreden) {
        this.intrekkingsreden = intrekkingsreden;
    }

    public LocalDateTime getNieuweSluitingstijd() {
        return nieuweSluitingstijd;
    }

    public void setNieuweSluitingstijd(LocalDateTime nieuweSluitingstijd) {
        this.nieuweSluitingstijd = nieuweSluitingstijd;
    }

    public String getVerlengingsreden() {
        return verlengingsreden;
    }

    public void setVerlengingsreden(String verlengingsreden) {
        this.verlengingsreden = verlengingsreden;
    }
}

package nl.inburgering.portal.web.pages.rapportage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chart.js configuration of a report chart, as JSON for PrimeFaces' {@code <p:chart value="...">} (PrimeFaces 15
 * has one chart component that takes the Chart.js 4 configuration as JSON). Bar charts, stacked or grouped,
 * horizontal or vertical, and line charts; series in the portal's colours.
 */
public final class Grafiek {

    /** The portal's blues first, then distinct colours that stay apart for colour-blind readers. */
    static final List<String> KLEUREN = List.of("#154273", "#007bc7", "#e17000", "#39870c", "#a90061", "#8fcae7",
            "#ffb612", "#673327", "#76d2b6", "#5c6b7a", "#d52b1e", "#42145f");

    public record Reeks(String label, List<? extends Number> waarden) {
    }

    public enum Soort { BAR, LINE }

    private final Soort soort;
    private final List<String> labels;
    private final List<Reeks> reeksen = new ArrayList<>();
    private boolean gestapeld;
    private boolean horizontaal;
    private String eenheidY;
    private Number maxY;
    private List<String> kleuren = KLEUREN;
    private String locale = "nl-NL";

    private Grafiek(Soort soort, List<String> labels) {
        this.soort = soort;
        this.labels = List.copyOf(labels);
    }

    public static Grafiek staaf(List<String> labels) {
        return new Grafiek(Soort.BAR, labels);
    }

    public static Grafiek lijn(List<String> labels) {
        return new Grafiek(Soort.LINE, labels);
    }

    public Grafiek reeks(String label, List<? extends Number> waarden) {
        reeksen.add(new Reeks(label, waarden));
        return this;
    }

    /** The language of the numbers on the axes and in the tooltips (BCP 47, default {@code nl-NL}). */
    public Grafiek locale(String taal) {
        locale = taal;
        return this;
    }

    public Grafiek gestapeld() {
        gestapeld = true;
        return this;
    }

    public Grafiek horizontaal() {
        horizontaal = true;
        return this;
    }

    /** A title on the value axis. */
    public Grafiek eenheid(String eenheid) {
        eenheidY = eenheid;
        return this;
    }

    public Grafiek max(Number max) {
        maxY = max;
        return this;
    }

    /** One colour per label instead of per series (a single series of distinct bars). */
    public Grafiek kleurenPerLabel() {
        kleuren = null;
        return this;
    }

    public String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < reeksen.size(); i++) {
            Reeks r = reeksen.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : r.waarden()) {
                if (n == null) {
                    data.addNull();
                } else if (n instanceof BigDecimal b) {
                    data.add(b);
                } else {
                    data.add(n.longValue());
                }
            }
            JsonObjectBuilder ds = Json.createObjectBuilder().add("label", r.label()).add("data", data);
            if (kleuren == null) {
                JsonArrayBuilder per = Json.createArrayBuilder();
                for (int j = 0; j < labels.size(); j++) {
                    per.add(KLEUREN.get(j % KLEUREN.size()));
                }
                ds.add("backgroundColor", per);
            } else {
                String kleur = kleuren.get(i % kleuren.size());
                ds.add("backgroundColor", soort == Soort.LINE ? kleur + "33" : kleur).add("borderColor", kleur);
            }
            if (soort == Soort.LINE) {
                ds.add("fill", false).add("tension", 0.2).add("spanGaps", true);
            }
            datasets.add(ds);
        }
        String waardeAs = horizontaal ? "x" : "y";
        String categorieAs = horizontaal ? "y" : "x";
        JsonObjectBuilder waarde = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", gestapeld);
        if (maxY != null) {
            waarde.add("max", maxY.longValue());
        }
        if (eenheidY != null) {
            waarde.add("title", Json.createObjectBuilder().add("display", true).add("text", eenheidY));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", locale)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", kleuren != null)
                                .add("position", "bottom")))
                .add("scales", Json.createObjectBuilder()
                        .add(categorieAs, Json.createObjectBuilder().add("stacked", gestapeld))
                        .add(waardeAs, waarde));
        if (horizontaal) {
            options.add("indexAxis", "y");
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", soort == Soort.BAR ? "bar" : "line")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}

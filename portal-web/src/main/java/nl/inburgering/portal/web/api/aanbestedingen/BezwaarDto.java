package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import nl.inburgering.portal.tendering.gunning.Bezwaar;
import nl.inburgering.portal.tendering.gunning.BezwaarStatus;

/**
 * An objection against an award decision (OpenAPI schema {@code Bezwaar}). While one is OPEN, no
 * contract can be created.
 *
 * @param toelichting the resolution's explanation; absent while open
 */
@JsonbPropertyOrder({"id", "aanbestedingId", "gunningsvoornemenId", "aanbiederId", "aanbiederNaam", "perceelId",
        "omschrijving", "ingediendOp", "ingediendDoor", "status", "afgehandeldOp", "afgehandeldDoor", "toelichting"})
public record BezwaarDto(long id, long aanbestedingId, long gunningsvoornemenId, long aanbiederId,
        String aanbiederNaam, Long perceelId, String omschrijving, OffsetDateTime ingediendOp, String ingediendDoor,
        BezwaarStatus status, OffsetDateTime afgehandeldOp, String afgehandeldDoor, String toelichting) {

    static BezwaarDto of(Bezwaar b) {
        return new BezwaarDto(b.getId(), b.getAanbestedingId(), b.getVoornemenId(), b.getAanbiederId(),
                b.getAanbiederNaam(), b.getPerceelId(), b.getOmschrijving(), Tijd.nl(b.getIngediendOp()),
                b.getIngediendDoor(), b.getStatus(), Tijd.nl(b.getAfgehandeldOp()), b.getAfgehandeldDoor(),
                b.getToelichting());
    }
}

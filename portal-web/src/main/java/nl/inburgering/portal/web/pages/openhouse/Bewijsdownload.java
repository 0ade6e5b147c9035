package nl.inburgering.portal.web.pages.openhouse;

import java.io.ByteArrayInputStream;
import nl.inburgering.portal.openhouse.aanmelding.Bewijsstuk;
import nl.inburgering.portal.openhouse.aanmelding.PdfBewijs;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An evidence file as a download for {@code p:fileDownload}. */
final class Bewijsdownload {

    private Bewijsdownload() {
    }

    static StreamedContent van(Bewijsstuk b) {
        byte[] inhoud = b.getInhoud();
        return DefaultStreamedContent.builder()
                .name(b.getBestandsnaam())
                .contentType(PdfBewijs.CONTENT_TYPE)
                .contentLength((long) inhoud.length)
                .stream(() -> new ByteArrayInputStream(inhoud))
                .build();
    }
}

package nl.inburgering.portal.web.pages.rapportage;

import org.primefaces.component.datatable.export.DataTableCSVExporter;

/**
 * PrimeFaces' CSV exporter of a data table, with every cell and header neutralised against formula injection
 * ({@link CsvCellen}); PrimeFaces' own writes cells as they are. Registered as export type {@value #TYPE} by
 * {@link ExportRegistratie}: {@code <p:dataExporter type="csv-veilig" .../>}.
 */
public class VeiligeCsvExporter extends DataTableCSVExporter {

    public static final String TYPE = "csv-veilig";

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(CsvCellen.neutraliseer(value));
    }
}

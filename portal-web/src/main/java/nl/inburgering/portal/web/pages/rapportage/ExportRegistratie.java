package nl.inburgering.portal.web.pages.rapportage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** Registers the neutralising CSV exporter ({@link VeiligeCsvExporter}) with PrimeFaces when the application starts. */
@ApplicationScoped
public class ExportRegistratie {

    void registreer(@Observes @Initialized(ApplicationScoped.class) Object start) {
        DataExporters.register(DataTable.class, VeiligeCsvExporter.class, VeiligeCsvExporter.TYPE);
    }
}

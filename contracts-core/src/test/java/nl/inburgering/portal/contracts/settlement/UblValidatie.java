package nl.inburgering.portal.contracts.settlement;

import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.simplerinvoicing.SimplerInvoicingValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Validates a UBL invoice with the official SI-UBL 2.0 rules (XML Schema of UBL 2.1, then the EN 16931 and
 * NLCIUS Schematron) through phive, as the Dutch e-invoicing validators do. For tests only.
 */
public final class UblValidatie {

    private static IValidationExecutorSet<IValidationSourceXML> siUbl20;

    private UblValidatie() {
    }

    /** The findings of one validation: errors (fatal) and warnings, each "[rule id] text (location)". */
    public record Uitkomst(List<String> fouten, List<String> waarschuwingen) {

        public boolean geldig() {
            return fouten.isEmpty();
        }
    }

    public static synchronized Uitkomst valideer(byte[] xml) {
        if (siUbl20 == null) {
            ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
            SimplerInvoicingValidation.initSimplerInvoicing(registry);
            siUbl20 = registry.getOfID(SimplerInvoicingValidation.VID_SI_INVOICE_V2_0_3_10);
        }
        Document dom;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(siUbl20,
                ValidationSourceXML.create("verrekenstaat.xml", dom), Locale.forLanguageTag("nl"));
        List<String> fouten = new ArrayList<>();
        List<String> waarschuwingen = new ArrayList<>();
        results.forEachFlattened(e -> (e.isError() ? fouten : waarschuwingen).add("[" + e.getErrorID() + "] "
                + e.getErrorText(Locale.ROOT) + " (" + e.getErrorLocation().getAsString() + ")"));
        return new Uitkomst(fouten, waarschuwingen);
    }
}

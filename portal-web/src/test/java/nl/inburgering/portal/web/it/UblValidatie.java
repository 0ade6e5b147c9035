package nl.inburgering.portal.web.it;

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
 * Validates a UBL invoice with the official SI-UBL 2.0 rules (the UBL 2.1 XML Schema, then the EN 16931 and
 * NLCIUS Schematron of SI-UBL 2.0.3.10) through phive, in the test JVM. Errors are what makes an invoice
 * invalid; warnings are advice.
 */
final class UblValidatie {

    private static IValidationExecutorSet<IValidationSourceXML> siUbl20;

    private UblValidatie() {
    }

    /** The errors, each "[rule id] text (location)"; empty for a valid invoice. */
    static List<String> fouten(byte[] xml) {
        return bevindingen(xml, true);
    }

    /** The warnings, each "[rule id] text (location)". */
    static List<String> waarschuwingen(byte[] xml) {
        return bevindingen(xml, false);
    }

    private static synchronized List<String> bevindingen(byte[] xml, boolean fouten) {
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
            return List.of("[XML] not well-formed: " + e.getMessage());
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(siUbl20,
                ValidationSourceXML.create("verrekenstaat.xml", dom), Locale.forLanguageTag("nl"));
        List<String> l = new ArrayList<>();
        results.forEachFlattened(e -> {
            if (e.isError() == fouten) {
                l.add("[" + e.getErrorID() + "] " + e.getErrorText(Locale.ROOT) + " ("
                        + e.getErrorLocation().getAsString() + ")");
            }
        });
        return l;
    }
}

package nl.inburgering.portal.openhouse.aanmelding;

import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.setId;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;

/** Test data: providers as contracts-core keeps them, with an id as if stored. */
final class Aanbieders {

    static final long NOORDERPOORT = 11L;

    private Aanbieders() {
    }

    /** An education institution with WEB recognition since 2020 and a BRIN code. */
    static Aanbieder webErkendeInstelling() {
        return setId(new Aanbieder("Noorderpoort", KvkNumber.of("41009723"), AanbiederSoort.ONDERWIJSINSTELLING,
                BrinCode.of("25LP"), true, LocalDate.of(2020, 8, 1), Iban.of("NL91ABNA0417164300"), null), NOORDERPOORT);
    }

    static Aanbieder instellingZonderWeb() {
        return setId(new Aanbieder("Volksuniversiteit", KvkNumber.of("41009724"), AanbiederSoort.ONDERWIJSINSTELLING,
                BrinCode.of("30XX"), false, null, Iban.of("NL91ABNA0417164300"), null), NOORDERPOORT);
    }

    static Aanbieder instellingZonderBrin() {
        return setId(new Aanbieder("Noorderpoort", KvkNumber.of("41009723"), AanbiederSoort.ONDERWIJSINSTELLING, null,
                true, LocalDate.of(2020, 8, 1), Iban.of("NL91ABNA0417164300"), null), NOORDERPOORT);
    }

    static Aanbieder webErkendSinds(LocalDate d) {
        return setId(new Aanbieder("Noorderpoort", KvkNumber.of("41009723"), AanbiederSoort.ONDERWIJSINSTELLING,
                BrinCode.of("25LP"), true, d, Iban.of("NL91ABNA0417164300"), null), NOORDERPOORT);
    }

    static Aanbieder taalaanbieder() {
        return setId(new Aanbieder("Taalhuis Groningen B.V.", KvkNumber.of("12345678"), AanbiederSoort.TAALAANBIEDER,
                null, false, null, Iban.of("NL91ABNA0417164300"), null), NOORDERPOORT);
    }
}

package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The smaller identifiers: contract number, CBS code, OIN, BRIN code, e-mail address. */
class IdentifierTest {

    @Nested
    class ContractNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"OH-2026-003", "AB-2026-B1-01", "AB-2026-Z-01", "C12", "X-1"})
        void acceptsGroupsOfCapitalsAndDigitsJoinedByHyphens(String nr) {
            assertEquals(nr, ContractNumber.of(nr).value());
        }

        @Test
        void upperCasesAndTrims() {
            assertEquals("AB-2026-B1-01", ContractNumber.of("  ab-2026-b1-01 ").toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"OH--2026", "-OH-2026", "OH-2026-", "OH 2026", "OH_2026", "AB", "A-", "OH-2026-ÄB",
            "ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHI"})
        void refusesOtherForms(String nr) {
            assertRefused("contractnummer.ongeldig", () -> ContractNumber.of(nr));
        }

        @Test
        void thirtyCharactersIsTheLimit() {
            assertEquals(30, ContractNumber.of("ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGH").value().length());
        }

        @Test
        void sortsByText() {
            assertTrue(ContractNumber.of("OH-2026-002").compareTo(ContractNumber.of("OH-2026-003")) < 0);
        }
    }

    @Nested
    class CbsCodes {

        @Test
        void fourDigitsWithOrWithoutGmPrefix() {
            assertEquals("0014", CbsCode.of("0014").value());
            assertEquals(CbsCode.of("0014"), CbsCode.of("GM0014"));
            assertEquals(CbsCode.of("1979"), CbsCode.of(" gm1979 "));
        }

        @ParameterizedTest
        @ValueSource(strings = {"14", "00144", "GM14", "AB14", "00-14"})
        void refusesOtherForms(String code) {
            assertRefused("cbscode.ongeldig", () -> CbsCode.of(code));
        }
    }

    @Nested
    class Oins {

        @Test
        void twentyDigits() {
            assertEquals("00000001001234567000", Oin.of("0000 0001 0012 3456 7000").value());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000000100123456700", "000000010012345670000", "0000000100123456700A"})
        void refusesOtherForms(String oin) {
            assertRefused("oin.ongeldig", () -> Oin.of(oin));
        }
    }

    @Nested
    class BrinCodes {

        @Test
        void brinAndRioCodesUpperCased() {
            assertEquals("25LP", BrinCode.of("25lp").value());
            assertEquals("100B490", BrinCode.of("100B490").value());
            assertEquals("25LP", BrinCode.of(" 25 LP ").toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"25L", "25-LP", "123456789", "25LP!"})
        void refusesOtherForms(String code) {
            assertRefused("brin.ongeldig", () -> BrinCode.of(code));
        }
    }

    @Nested
    class EmailAddresses {

        @Test
        void lowerCasesTheDomainOnly() {
            assertEquals("J.Jansen@groningen.nl", EmailAddress.of(" J.Jansen@Groningen.NL ").value());
            assertNotEquals(EmailAddress.of("a@b.nl"), EmailAddress.of("A@b.nl"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"jansen", "jansen@", "@groningen.nl", "j jansen@groningen.nl", "jansen@groningen",
            "a@b@c.nl", "jansen@groningen.", "jansen@.nl"})
        void refusesWhatIsNoAddress(String typed) {
            assertRefused("email.ongeldig", () -> EmailAddress.of(typed));
        }
    }
}

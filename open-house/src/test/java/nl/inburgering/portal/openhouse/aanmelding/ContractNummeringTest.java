package nl.inburgering.portal.openhouse.aanmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ContractNummeringTest {

    @Test
    void theFirstOfTheYearIsOne() {
        assertEquals("OH-2026-001", ContractNummering.volgende(2026, List.of()).value());
    }

    @Test
    void theNextFollowsTheHighestOfThatYearGapsAreNotFilled() {
        assertEquals("OH-2026-006",
                ContractNummering.volgende(2026, List.of("OH-2026-001", "OH-2026-005", "OH-2026-002")).value());
    }

    @Test
    void otherYearsAndOtherContractsDoNotCount() {
        assertEquals("OH-2027-001", ContractNummering.volgende(2027,
                List.of("OH-2026-014", "AB-2027-B1-01", "OH-2027-X", "XOH-2027-009")).value());
    }

    @Test
    void moreThanNineHundredNinetyNineGetsMoreDigits() {
        assertEquals("OH-2026-1000", ContractNummering.volgende(2026, List.of("OH-2026-999")).value());
    }

    @Property
    void theNextNumberIsNeverInUseAndComesAfterEveryOne(
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 2000) Integer> volgnummers) {
        List<String> inGebruik = new ArrayList<>();
        volgnummers.forEach(n -> inGebruik.add(String.format("OH-2026-%03d", n)));
        String volgende = ContractNummering.volgende(2026, inGebruik).value();
        assertFalse(inGebruik.contains(volgende));
        int nummer = Integer.parseInt(volgende.substring("OH-2026-".length()));
        assertTrue(volgnummers.stream().allMatch(n -> n < nummer));
    }
}

package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/** {@link ContractNumber} as its canonical text. */
@Converter(autoApply = true)
public class ContractNumberConverter implements AttributeConverter<ContractNumber, String> {

    @Override
    public String convertToDatabaseColumn(ContractNumber value) {
        return value == null ? null : value.value();
    }

    @Override
    public ContractNumber convertToEntityAttribute(String text) {
        return text == null ? null : ContractNumber.of(text);
    }
}

package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.Iban;

/** {@link Iban} as its canonical text. */
@Converter(autoApply = true)
public class IbanConverter implements AttributeConverter<Iban, String> {

    @Override
    public String convertToDatabaseColumn(Iban value) {
        return value == null ? null : value.value();
    }

    @Override
    public Iban convertToEntityAttribute(String text) {
        return text == null ? null : Iban.of(text);
    }
}

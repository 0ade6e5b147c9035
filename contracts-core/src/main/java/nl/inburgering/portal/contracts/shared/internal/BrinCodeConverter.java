package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.BrinCode;

/** {@link BrinCode} as its canonical text. */
@Converter(autoApply = true)
public class BrinCodeConverter implements AttributeConverter<BrinCode, String> {

    @Override
    public String convertToDatabaseColumn(BrinCode value) {
        return value == null ? null : value.value();
    }

    @Override
    public BrinCode convertToEntityAttribute(String text) {
        return text == null ? null : BrinCode.of(text);
    }
}

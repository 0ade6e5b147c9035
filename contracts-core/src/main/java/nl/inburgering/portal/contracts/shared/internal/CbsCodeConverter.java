package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.portal.contracts.shared.CbsCode;

/** {@link CbsCode} as its canonical text. */
@Converter(autoApply = true)
public class CbsCodeConverter implements AttributeConverter<CbsCode, String> {

    @Override
    public String convertToDatabaseColumn(CbsCode value) {
        return value == null ? null : value.value();
    }

    @Override
    public CbsCode convertToEntityAttribute(String text) {
        return text == null ? null : CbsCode.of(text);
    }
}

package dev.handback.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/**
 * The JSON reader of the receiver: Temporal's own {@code ObjectMapper} (so results are read as the
 * data converter reads them: records, {@code java.time}, {@code Optional}), made strict. The README
 * promises 400 and 422 for what does not fit, so nothing is guessed:
 *
 * <ul>
 *   <li>a duplicated key, at any depth, is malformed JSON (Jackson would keep the last one);
 *   <li>content after the first JSON value is malformed JSON;
 *   <li>a number with a fraction or an exponent never becomes an integer (Jackson would truncate
 *       1.9 to 1), nor does a string become a number or a boolean;
 *   <li>an unknown property, or {@code null} for a primitive, does not fit the result type.
 * </ul>
 */
final class StrictJson {
  private StrictJson() {}

  static ObjectMapper newMapper() {
    ObjectMapper json =
        JacksonJsonPayloadConverter.newDefaultObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    json.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    json.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    json.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    json.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return json;
  }
}

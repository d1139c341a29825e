package dev.warden.adapter.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrections to what micronaut-openapi 6.19 writes in OpenAPI 3.1 mode, applied to the parsed document once.
 * <ul>
 *   <li>A nullable property comes out as {@code type: [string, "null", object]}: the processor adds {@code object}
 *   beside the real type. The stray {@code object} is removed, leaving {@code [string, "null"]}.</li>
 *   <li>A response given by reference ({@code @ApiResponse(ref = ...)}) gets the status's reason phrase as a
 *   {@code description} beside the {@code $ref}, which in 3.1 would hide the referenced reply's own description.
 *   The sibling is removed.</li>
 *   <li>Fields of the processor's own model leak into schemas ({@code exampleSetFlag}, {@code allowableValues},
 *   and {@code name} on a property): they are not OpenAPI keywords and are removed.</li>
 *   <li>A query parameter with a default value (a primitive such as {@code page}) is marked required; it is not.</li>
 *   <li>A {@code @Nullable} parameter is typed {@code [string, "null"]}: a query parameter or a header is absent or
 *   a text, never null, so the type is {@code string}. One declared on the method ({@code @Parameter(name, in)})
 *   comes out with an empty schema; it is a text too, and one required is refused blank, as the use case does.</li>
 *   <li>A nullable property with allowed values lists them without {@code null}, so null would not validate.</li>
 *   <li>A JSON tree ({@code JsonNode}) property comes out as {@code type: null} with {@code allOf} of the library's
 *   {@code JsonNode} (its Java getters, not JSON) and the schema its {@code @Schema(ref)} names: it becomes that schema,
 *   and {@code JsonNode} goes.</li>
 * </ul>
 */
final class DocumentFixes {
    private static final Set<String> LEAKED = Set.of("exampleSetFlag", "allowableValues");

    private DocumentFixes() {}

    private static final String JSON_NODE = "#/components/schemas/JsonNode";

    @SuppressWarnings("unchecked")
    static Object apply(Object document) {
        walk(document, Context.OTHER);
        if (((Map<String, Object>) document).get("components") instanceof Map<?, ?> components
                && components.get("schemas") instanceof Map<?, ?> schemas) {
            schemas.remove("JsonNode");
        }
        return document;
    }

    private enum Context { OTHER, RESPONSE, PROPERTY, PARAMETER }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, Context context) {
        if (node instanceof Map<?, ?> raw) {
            var map = (Map<String, Object>) raw;
            if (context == Context.RESPONSE && map.containsKey("$ref")) {
                map.keySet().retainAll(List.of("$ref"));
                return;
            }
            map.keySet().removeAll(LEAKED);
            if (context == Context.PROPERTY) {
                map.remove("name");
                if (map.get("allOf") instanceof List<?> all && all.contains(Map.of("$ref", JSON_NODE))) {
                    var named = all.stream().filter(schema -> !schema.equals(Map.of("$ref", JSON_NODE))).findFirst()
                            .orElseThrow(() -> new IllegalStateException("a JsonNode property needs @Schema(ref)"));
                    map.clear();
                    map.putAll((Map<String, Object>) named);
                }
            }
            if (context == Context.PARAMETER && map.get("schema") instanceof Map<?, ?> schema) {
                if (schema.containsKey("default")) {
                    map.remove("required");
                }
                if (schema.isEmpty()) {
                    ((Map<String, Object>) schema).put("type", "string");
                    if (Boolean.TRUE.equals(map.get("required"))) {
                        ((Map<String, Object>) schema).put("pattern", Formats.NOT_BLANK);
                    }
                }
                if (schema.get("type") instanceof List<?> types && types.contains("null")) {
                    var without = new java.util.ArrayList<Object>(types);
                    without.remove("null");
                    if (without.size() > 1) {
                        without.remove("object"); // the processor's stray one, as above
                    }
                    ((Map<String, Object>) schema).put("type", without.size() == 1 ? without.getFirst() : without);
                }
            }
            if (map.get("type") instanceof List<?> types && types.contains("null") && types.contains("object")
                    && types.size() > 2) {
                ((List<Object>) types).remove("object");
            }
            if (map.get("type") instanceof List<?> types && types.contains("null")
                    && map.get("enum") instanceof List<?> values && !values.contains(null)) {
                ((List<Object>) values).add(null);
            }
            for (var entry : map.entrySet()) {
                var child = entry.getValue();
                switch (entry.getKey()) {
                    // an operation's responses by status, or the reusable ones under components
                    case "responses" -> eachValue(child, Context.RESPONSE);
                    case "properties" -> eachValue(child, Context.PROPERTY);
                    case "parameters" -> walkAs(child, Context.PARAMETER);
                    default -> walk(child, Context.OTHER);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, Context.OTHER));
        }
    }

    private static void eachValue(Object node, Context context) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> walk(value, context));
        } else {
            walk(node, Context.OTHER);
        }
    }

    private static void walkAs(Object node, Context context) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, context));
        } else {
            walk(node, Context.OTHER);
        }
    }
}

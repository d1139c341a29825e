package dev.warden.bootstrap;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Whether the document describes a request of one operation: its path, query and header parameters (present where
 * required, and valid against their schemas once read as the types they declare) and its body (one of the declared
 * media types, valid against the schema: JSON as it is, a form as an object of its fields). A request it does not
 * describe may still be sent (tests send broken requests on purpose); {@link OpenApiConformance} then demands one of
 * the operation's documented 4xx replies.
 */
final class RequestCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FORM = "application/x-www-form-urlencoded";

    private final OpenApiContract contract;

    RequestCheck(OpenApiContract contract) {
        this.contract = contract;
    }

    /** Why the document does not describe the request to the operation at {@code operation}; empty if it does. */
    List<String> reasons(String operation, PathTemplates.Match match, Exchange exchange) {
        var reasons = new ArrayList<String>();
        var query = query(exchange.uri().getRawQuery());
        parameters(operation).forEach((pointer, parameter) -> {
            var name = parameter.path("name").asString();
            var value = switch (parameter.path("in").asString()) {
                case "path" -> Optional.ofNullable(match.parameters().get(name));
                case "query" -> Optional.ofNullable(query.get(name));
                case "header" -> exchange.header(name);
                default -> Optional.<String>empty();   // cookies: the security schemes' business, not checked here
            };
            if (value.isEmpty()) {
                if (parameter.path("required").asBoolean()) {
                    reasons.add(parameter.path("in").asString() + " parameter " + name + " is missing");
                }
            } else if (parameter.has("schema")) {
                var schema = pointer + "/schema";
                contract.validate(schema, typed(value.get(), contract.resolve(schema))).forEach(error ->
                        reasons.add(parameter.path("in").asString() + " parameter " + name + " at " + schema + ": "
                                + error));
            }
        });
        body(operation, exchange, reasons);
        return reasons;
    }

    /** The operation's parameters and its path's, the operation's winning, by the pointer of each (dereferenced). */
    private Map<String, JsonNode> parameters(String operation) {
        var byName = new LinkedHashMap<String, String>();
        for (var owner : List.of(operation.substring(0, operation.lastIndexOf('/')), operation)) {
            var list = contract.document().at(owner + "/parameters");
            for (int i = 0; i < list.size(); i++) {
                var pointer = contract.dereference(owner + "/parameters/" + i);
                var parameter = contract.document().at(pointer);
                byName.put(parameter.path("in").asString() + ":" + parameter.path("name").asString(), pointer);
            }
        }
        var parameters = new LinkedHashMap<String, JsonNode>();
        byName.values().forEach(pointer -> parameters.put(pointer, contract.document().at(pointer)));
        return parameters;
    }

    private void body(String operation, Exchange exchange, List<String> reasons) {
        var pointer = contract.dereference(operation + "/requestBody");
        var requestBody = contract.document().at(pointer);
        if (requestBody.isMissingNode()) {
            if (exchange.hasBody()) {
                reasons.add("a body, where the operation takes none");
            }
            return;
        }
        if (!exchange.hasBody()) {
            if (requestBody.path("required").asBoolean()) {
                reasons.add("no body, where one is required");
            }
            return;
        }
        var mediaType = exchange.contentType().orElse("");
        var declared = MediaTypes.match(mediaType, requestBody.path("content").propertyNames());
        if (declared.isEmpty()) {
            reasons.add("Content-Type '" + mediaType + "' is not one of "
                    + requestBody.path("content").propertyNames());
            return;
        }
        var schema = pointer + "/content/" + OpenApiContract.escape(declared.get()) + "/schema";
        if (contract.document().at(schema).isMissingNode()) {
            return;
        }
        JsonNode instance;
        if (MediaTypes.isJson(mediaType)) {
            try {
                instance = OpenApiContract.parse(exchange.body());
            } catch (JacksonException e) {
                reasons.add("the body is not JSON: " + e.getOriginalMessage());
                return;
            }
        } else if (mediaType.equals(FORM)) {
            instance = form(exchange.body(), schema);
        } else {
            return;
        }
        contract.validate(schema, instance).forEach(error -> reasons.add("body at " + schema + ": " + error));
    }

    /** A form's fields as an object, each read as the type its property declares (the first value of each). */
    private JsonNode form(String body, String schema) {
        var properties = contract.dereference(schema) + "/properties/";
        var object = NODES.objectNode();
        query(body).forEach((name, value) ->
                object.set(name, typed(value, contract.resolve(properties + OpenApiContract.escape(name)))));
        return object;
    }

    /** A parameter's text as the JSON value its schema's {@code type} names (text stays text where none fits). */
    static JsonNode typed(String value, JsonNode schema) {
        var types = new ArrayList<String>();
        schema.path("type").forEach(type -> types.add(type.asString()));
        if (schema.path("type").isString()) {
            types.add(schema.path("type").asString());
        }
        if (types.contains("array")) {
            var array = NODES.arrayNode();
            for (var item : value.split(",", -1)) {
                array.add(typed(item, schema.path("items")));
            }
            return array;
        }
        if (types.contains("integer") || types.contains("number")) {
            try {
                var number = new BigDecimal(value);
                return types.contains("integer") && number.stripTrailingZeros().scale() <= 0
                        ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
            } catch (NumberFormatException | ArithmeticException e) {
                return NODES.stringNode(value);
            }
        }
        if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(value));
        }
        return NODES.stringNode(value);
    }

    /** The first value of each name of a query string or form body, decoded. */
    static Map<String, String> query(String raw) {
        var values = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (var pair : raw.split("&")) {
            var parts = pair.split("=", 2);
            values.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}

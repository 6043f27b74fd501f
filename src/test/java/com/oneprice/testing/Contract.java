package com.oneprice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed contract, openapi/openapi.yaml, as a validator of real requests and answers: which operation a
 * request is, which answers it declares, and whether a JSON document fits a schema of it. Every object schema that
 * declares properties is read as closed ({@code unevaluatedProperties: false}), so a field the contract does not
 * declare is a fault, as it would be for a strict generated client.
 */
public final class Contract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://contract.oneprice.test/openapi.json";
    private static final Contract COMMITTED = new Contract(Path.of("openapi", "openapi.yaml"));

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path of the contract as a pattern, its literal segments counted so that /quotes/verify beats /quotes/{code}. */
    record Route(String template, Pattern pattern, List<String> names, int literals) {
    }

    /** One operation of the contract, matched with the path parameters of a request. */
    public record Operation(String method, String template, String pointer, JsonNode node, Map<String, String> path) {
    }

    private Contract(Path file) {
        try {
            document = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode closed = document.deepCopy();
        close(closed);
        String text;
        try {
            text = JSON.writeValueAsString(closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(BASE, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.get("paths").fieldNames().forEachRemaining(template -> {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            int literals = (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.startsWith("{")).count();
            routes.add(new Route(template, Pattern.compile(regex.toString()), names, literals));
        });
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    public static Contract committed() {
        return COMMITTED;
    }

    /** The contract's path that {@code path} is, and the values of its parameters (still percent-encoded). */
    public Optional<Route> route(String path) {
        return routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
    }

    public Optional<Operation> operation(String method, String path) {
        return route(path).flatMap(route -> {
            JsonNode node = document.get("paths").get(route.template()).get(method.toLowerCase());
            if (node == null) {
                return Optional.empty();
            }
            Matcher m = route.pattern().matcher(path);
            m.matches();
            Map<String, String> values = new java.util.HashMap<>();
            for (int i = 0; i < route.names().size(); i++) {
                values.put(route.names().get(i), m.group(i + 1));
            }
            return Optional.of(new Operation(method.toLowerCase(), route.template(),
                    "/paths/" + escape(route.template()) + "/" + method.toLowerCase(), node, values));
        });
    }

    /** The node at a local reference such as {@code #/components/schemas/Quote}, or {@code node} itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        while (at != null && at.has("$ref") && at.get("$ref").asText().startsWith("#")) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    /** The faults of {@code json} against the schema at {@code pointer} (a JSON pointer into the contract). */
    public List<String> faults(String pointer, String json) {
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(BASE + "#" + encode(p))));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as an IRI fragment: the braces of path templates are not allowed there as they are. */
    private static String encode(String pointer) {
        return pointer.replace("{", "%7B").replace("}", "%7D");
    }

    /** Closes every object schema that lists its properties and says nothing of others. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties") && isSchema(object)) {
                object.put("unevaluatedProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                close(children.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(Contract::close);
        }
    }

    /** A schema with properties, not e.g. an example whose data happens to have a field named "properties". */
    private static boolean isSchema(ObjectNode object) {
        return object.has("type") || object.has("required") || object.has("description");
    }
}

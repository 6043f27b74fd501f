package com.oneprice.platform.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code uri} label of the HTTP server metrics names a route, never what a caller typed. Micrometer's binder
 * labels a request that matched no route template (a 405, a refused CORS preflight, a request Netty turned away, a
 * reset) with its raw path: caller text in every scrape, NUL bytes included, and a new time series per path. So a
 * label is kept only when it is one of the API's route templates or one of the binder's fixed words; anything else
 * becomes {@code UNKNOWN}. A template with a regular expression is labelled as the contract names it
 * ({@code /prices/{id}}). Quarkus applies this filter to every meter registry it creates.
 */
@Singleton
public class MetricLabels implements MeterFilter {

    static final String UNKNOWN = "UNKNOWN";
    /** The binder's own words for requests without a template, and the public port's non-application endpoint. */
    private static final Set<String> FIXED = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN, "/cors-preflight",
            "/q/openapi");
    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*([^:}\\s]+)\\s*:[^}]*}");

    private final Set<String> labels;

    @Inject
    MetricLabels(BeanManager beans) {
        this(routes(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)));
    }

    MetricLabels(Collection<String> routes) {
        Set<String> known = new HashSet<>(FIXED);
        routes.forEach(route -> known.add(label(route)));
        this.labels = Set.copyOf(known);
    }

    /** The label a metric carries for {@code uri}: its route template as the contract writes it, or UNKNOWN. */
    String uri(String value) {
        String label = label(value);
        return labels.contains(label) ? label : UNKNOWN;
    }

    Set<String> labels() {
        return labels;
    }

    /** Every route template of the JAX-RS resources, as RESTEasy reports it to the metrics binder. */
    static Set<String> routes(Stream<Class<?>> resources) {
        Set<String> routes = new HashSet<>();
        resources.filter(type -> type.isAnnotationPresent(Path.class)).forEach(type -> {
            String base = type.getAnnotation(Path.class).value();
            routes.add(join(base, ""));
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Path.class)) {
                    routes.add(join(base, method.getAnnotation(Path.class).value()));
                }
            }
        });
        return routes;
    }

    private static String join(String base, String path) {
        String joined = "/" + trim(base) + (trim(path).isEmpty() ? "" : "/" + trim(path));
        return joined.equals("/") ? "root" : joined;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String label(String template) {
        return PARAMETER_REGEX.matcher(template).replaceAll("{$1}");
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (uri == null || !id.getName().startsWith("http.server")) {
            return id;
        }
        String label = uri(uri);
        return label.equals(uri) ? id : id.replaceTags(Tags.of(id.getTagsAsIterable()).and("uri", label));
    }
}

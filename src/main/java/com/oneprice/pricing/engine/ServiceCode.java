package com.oneprice.pricing.engine;

public record ServiceCode(String value) implements Comparable<ServiceCode> {
    public ServiceCode {
        Codes.slug(MalformedCode.Kind.SERVICE, value);
    }

    @Override
    public int compareTo(ServiceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

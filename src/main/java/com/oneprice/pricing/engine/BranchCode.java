package com.oneprice.pricing.engine;

public record BranchCode(String value) implements Comparable<BranchCode> {
    public BranchCode {
        Codes.slug(MalformedCode.Kind.BRANCH, value);
    }

    @Override
    public int compareTo(BranchCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

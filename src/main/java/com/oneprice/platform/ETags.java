package com.oneprice.platform;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency for catalog objects: the ETag is the row version, {@code If-Match} must name it. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** An absent {@code If-Match} means "overwrite whatever is there"; a stale one is refused with 412. */
    public static void check(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(current)) {
                return;
            }
        }
        throw ApiException.stale("If-Match " + ifMatch.trim() + " does not match the current version " + current
                + "; read it again and reapply your change");
    }
}

package com.oneprice.verification;

import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.verification.explanation.Explained;
import com.oneprice.verification.explanation.Reason;
import com.oneprice.words.Words;

import java.util.Collection;
import java.util.List;

/**
 * The one place where reasons become sentences, written only from each reason's own parameters, in the reader's
 * language and the branch's time zone ({@link Words}); the patterns are the {@code reason.*} keys of the message
 * bundles. A reason about the request's total is told as the total; one about a single line, as that line's price.
 * {@link #gist} is the short form a verdict's {@code say} ends with.
 */
public final class Wording {

    private Wording() {
    }

    public static String sentence(Reason reason, Words w) {
        Explained e = reason.explained();
        if (reason instanceof Reason.BranchPriceDiffers r) {
            return w.text(line(e, r.services(), "reason.branch-price-differs"), w.money(e.amount()), list(r.services()),
                    r.branch(), r.here());
        }
        if (reason instanceof Reason.QuoteFromAnotherBranch r) {
            return w.text("reason.quote-from-another-branch", r.quote(), r.branch(), r.here());
        }
        if (reason instanceof Reason.PromotionExpired r) {
            if (r.instant() == null) {
                return w.text(line(e, r.services(), "reason.promotion-withdrawn"), w.money(e.amount()),
                        list(r.services()), r.promotion());
            }
            return w.text(e.isTotal() ? "reason.promotion-expired.total" : "reason.promotion-expired.line",
                    w.money(e.amount()), list(r.services()), r.promotion(), w.end(r.instant()));
        }
        if (reason instanceof Reason.PromotionNotStarted r) {
            return w.text(e.isTotal() ? "reason.promotion-not-started.total" : "reason.promotion-not-started.line",
                    w.money(e.amount()), list(r.services()), r.promotion(), w.moment(r.instant()));
        }
        if (reason instanceof Reason.PromotionLeftOut r) {
            String runs = r.until() == null ? w.text("reason.runs-from", w.moment(r.instant()))
                    : w.text("reason.runs-from-until", w.moment(r.instant()), w.end(r.until()));
            return w.text(e.isTotal() ? "reason.promotion-left-out.total" : "reason.promotion-left-out.line",
                    w.money(e.amount()), list(r.services()), r.promotion(), runs);
        }
        if (reason instanceof Reason.PromotionNotApplicable r) {
            return w.text(line(e, r.services(), "reason.promotion-not-applicable"), w.money(e.amount()),
                    list(r.services()), r.promotion(), exclusion(r.exclusion(), w));
        }
        if (reason instanceof Reason.PriceChanged r) {
            String key = "reason.price-" + (r.past() ? "changed" : "will-change") + (e.isTotal() ? ".total" : ".line");
            return w.text(key, w.money(e.amount()), r.service(), w.money(r.then()), w.moment(r.instant()),
                    w.money(r.now()), w.moment(r.at()));
        }
        if (reason instanceof Reason.CompositionChanged r) {
            String key = "reason.composition-" + (r.past() ? "changed" : "will-change")
                    + (e.isTotal() ? ".total" : ".line");
            return w.text(key, w.money(e.amount()), r.service(), w.moment(r.instant()));
        }
        if (reason instanceof Reason.BundlePartial r) {
            return w.text(e.isTotal() ? "reason.bundle-partial.total" : "reason.bundle-partial.line",
                    w.money(e.amount()), r.bundle(), list(r.services()));
        }
        if (reason instanceof Reason.QuantityDiffers r) {
            if (r.quoted() == 0) {
                return w.text("reason.quantity-left-out", w.money(e.amount()), r.service());
            }
            return w.text(e.isTotal() ? "reason.quantity-differs.total" : "reason.quantity-differs.line",
                    w.money(e.amount()), r.quoted(), r.service(), r.asked());
        }
        if (reason instanceof Reason.QuoteExpired r) {
            return w.text("reason.quote-expired", r.quote(), w.moment(r.instant()));
        }
        Reason.Unexplained r = (Reason.Unexplained) reason;
        return w.text("reason.unexplained", w.money(e.amount()), r.here(), w.money(r.authoritative()),
                r.lookback().toDays());
    }

    /** The gist of a reason, to end a verdict's one sentence with. */
    static String gist(Reason reason, Words w) {
        if (reason instanceof Reason.BranchPriceDiffers r) {
            return w.text("gist.branch-price-differs", r.branch());
        }
        if (reason instanceof Reason.QuoteFromAnotherBranch r) {
            return w.text("gist.quote-from-another-branch", r.branch());
        }
        if (reason instanceof Reason.PromotionExpired r) {
            return r.instant() == null ? w.text("gist.promotion-withdrawn", r.promotion())
                    : w.text("gist.promotion-expired", r.promotion(), w.end(r.instant()));
        }
        if (reason instanceof Reason.PromotionNotStarted r) {
            return w.text("gist.promotion-not-started", r.promotion(), w.moment(r.instant()));
        }
        if (reason instanceof Reason.PromotionLeftOut r) {
            return w.text("gist.promotion-left-out", r.promotion());
        }
        if (reason instanceof Reason.PromotionNotApplicable r) {
            return w.text("gist.promotion-not-applicable", r.promotion());
        }
        if (reason instanceof Reason.PriceChanged r) {
            return w.text(r.past() ? "gist.price-changed" : "gist.price-will-change", r.service(),
                    w.moment(r.instant()));
        }
        if (reason instanceof Reason.CompositionChanged r) {
            return w.text(r.past() ? "gist.composition-changed" : "gist.composition-will-change", r.service(),
                    w.moment(r.instant()));
        }
        if (reason instanceof Reason.BundlePartial r) {
            return w.text("gist.bundle-partial", list(r.services()));
        }
        if (reason instanceof Reason.QuantityDiffers r) {
            return r.quoted() == 0 ? w.text("gist.quantity-left-out", r.service())
                    : w.text("gist.quantity-differs", r.quoted(), r.service());
        }
        if (reason instanceof Reason.QuoteExpired r) {
            return w.text("gist.quote-expired", w.moment(r.instant()));
        }
        return w.text("gist.unexplained");
    }

    /** The key for one line's amount (".line", naming the services) or the total's (".total"). */
    private static String line(Explained explained, List<ServiceCode> services, String key) {
        return key + (explained.isTotal() || services.isEmpty() ? ".total" : ".line");
    }

    private static String exclusion(Reason.Exclusion exclusion, Words w) {
        return switch (exclusion.part()) {
            case BRANCH -> w.text("reason.exclusion.branch", sorted(exclusion.covers()), exclusion.actual());
            case CHANNEL -> exclusion.actual() == null
                    ? w.text("reason.exclusion.channel-unnamed", sorted(exclusion.covers()))
                    : w.text("reason.exclusion.channel", sorted(exclusion.covers()), exclusion.actual());
            case SERVICE -> w.text(exclusion.covers().isEmpty() ? "reason.exclusion.service.categories"
                            : exclusion.categories().isEmpty() ? "reason.exclusion.service.services"
                            : "reason.exclusion.service.both", exclusion.actual(), sorted(exclusion.covers()),
                    sorted(exclusion.categories()));
        };
    }

    private static String list(List<ServiceCode> services) {
        return String.join(", ", services.stream().map(ServiceCode::value).toList());
    }

    private static String sorted(Collection<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}

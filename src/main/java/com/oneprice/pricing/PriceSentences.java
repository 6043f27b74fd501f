package com.oneprice.pricing;

import com.oneprice.pricing.engine.Branch;
import com.oneprice.pricing.engine.CatalogSnapshot;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.Promotion;
import com.oneprice.pricing.engine.Service;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.words.Language;
import com.oneprice.words.Words;

import java.time.ZoneOffset;
import java.util.List;

/**
 * A price answer's {@code say}: one sentence an operator reads aloud in one breath — what, where, the price, what
 * it includes (the promotions applied, a bundle's components) and until when it holds, in the branch's local time.
 * Services, branches and promotions are named by their names, as the customer hears them.
 */
public final class PriceSentences {

    private PriceSentences() {
    }

    public static String say(CatalogSnapshot snapshot, PriceAnswer answer, Language language) {
        return say(snapshot, answer, words(snapshot, answer, language));
    }

    /** The words of {@code answer}'s branch: its time zone, the answer's moment as the reference for years. */
    public static Words words(CatalogSnapshot snapshot, PriceAnswer answer, Language language) {
        return new Words(language, snapshot.branch(answer.branch()).map(Branch::zone).orElse(ZoneOffset.UTC),
                answer.at());
    }

    /** The branch's name, as a sentence says it. */
    public static String branchName(CatalogSnapshot snapshot, PriceAnswer answer) {
        return snapshot.branch(answer.branch()).map(Branch::name).orElse(answer.branch().value());
    }

    static String say(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        String includes = promotions(snapshot, answer, w) + components(snapshot, answer, w);
        String until = answer.validUntil().map(u -> w.text("say.until", w.end(u))).orElse(w.text("say.no-change"));
        String branch = branchName(snapshot, answer);
        if (answer.lines().size() == 1) {
            PriceAnswer.Line line = answer.lines().get(0);
            String what = line.quantity() == 1 ? name(snapshot, line.service())
                    : w.text("say.quantity", line.quantity(), name(snapshot, line.service()));
            return w.text("say.price.one", what, branch, w.money(answer.total()), includes, until);
        }
        return w.text("say.price.items", answer.lines().size(), branch, w.money(answer.total()), includes, until);
    }

    private static String promotions(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        List<String> names = answer.lines().stream().flatMap(l -> l.promotions().stream())
                .map(p -> snapshot.promotions().stream().filter(known -> known.code().equals(p.code())).findFirst()
                        .map(Promotion::name).orElse(p.code().value()))
                .distinct().toList();
        return names.isEmpty() ? "" : w.text("say.includes.promotion", w.list(names));
    }

    /** A single bundle's components; a request of several lines says only its total. */
    private static String components(CatalogSnapshot snapshot, PriceAnswer answer, Words w) {
        if (answer.lines().size() != 1 || answer.lines().get(0).components().isEmpty()) {
            return "";
        }
        return w.text("say.includes.bundle", w.list(answer.lines().get(0).components().stream()
                .map(c -> c.quantity() == 1 ? name(snapshot, c.service())
                        : w.text("say.quantity", c.quantity(), name(snapshot, c.service())))
                .toList()));
    }

    private static String name(CatalogSnapshot snapshot, ServiceCode code) {
        return snapshot.service(code).map(Service::name).orElse(code.value());
    }
}

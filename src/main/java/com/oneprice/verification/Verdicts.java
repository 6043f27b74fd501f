package com.oneprice.verification;

import com.oneprice.pricing.Pricing;
import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.ServiceCode;
import com.oneprice.verification.explanation.Explained;
import com.oneprice.verification.explanation.Reason;
import com.oneprice.verification.explanation.Verdict;
import com.oneprice.verification.explanation.Wording;

import java.time.ZoneId;
import java.util.List;

/** Verdicts and reasons in their JSON shape; the sentences are written here, in the branch's time zone. */
final class Verdicts {

    private Verdicts() {
    }

    static VerifyAnswer.VerdictJson json(Verdict verdict, List<Reason> reasons, Honour honour, String quoteCode,
                                         ZoneId zone) {
        return new VerifyAnswer.VerdictJson(verdict.status().name(), Pricing.json(verdict.quoted()),
                Pricing.json(verdict.difference()), reasons.stream().map(r -> json(r, zone)).toList(),
                Pricing.json(honour.payable()), Pricing.json(honour.cost()), quoteCode);
    }

    static VerifyAnswer.ReasonJson json(Reason reason, ZoneId zone) {
        Explained explained = reason.explained();
        return new VerifyAnswer.ReasonJson(reason.code(),
                reason.branch() == null ? null : reason.branch().value(),
                reason.promotion() == null ? null : reason.promotion().value(), reason.instant(),
                reason.services().stream().map(ServiceCode::value).toList(),
                explained == null ? null : explained.line(), explained == null ? null : money(explained.amount()),
                explained == null ? null : money(explained.difference()), Wording.sentence(reason, zone));
    }

    private static com.oneprice.platform.MoneyJson money(Money money) {
        return Pricing.json(money);
    }
}

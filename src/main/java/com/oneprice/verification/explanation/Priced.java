package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.Money;
import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.WhatIf;

import java.util.List;

/** A request's lines under some assumptions: how each was priced, and what it came to. */
record Priced(List<WhatIf> whatIfs, List<PriceAnswer.Line> lines) {

    Priced {
        whatIfs = List.copyOf(whatIfs);
        lines = List.copyOf(lines);
    }

    int size() {
        return lines.size();
    }

    WhatIf whatIf(int line) {
        return whatIfs.get(line);
    }

    PriceAnswer.Line line(int line) {
        return lines.get(line);
    }

    Money amount(int line) {
        return lines.get(line).lineTotal();
    }
}

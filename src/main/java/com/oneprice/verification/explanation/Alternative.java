package com.oneprice.verification.explanation;

import com.oneprice.pricing.engine.PriceAnswer;
import com.oneprice.pricing.engine.WhatIf;

/** One line priced under one or two causes: how it was asked, and what it came to. */
record Alternative(WhatIf whatIf, PriceAnswer.Line line) {
}

// The TypeScript client generated with typescript-fetch, through an operator's day, against the service that
// clients/run-flows started (ONEPRICE_URL, ONEPRICE_OPERATOR_TOKEN). Exits non-zero on the first failed check.
import {
    CatalogBranchesApi, Configuration, PricingApi, ProblemFromJSON, ProblemTypeEnum, QuoteStatus, QuotesApi,
    ReasonCode, ResponseError, VerdictStatusEnum,
} from '../target/generated/typescript-fetch';

// Node's own, declared here so that the compile needs no @types package.
declare const process: {env: Record<string, string | undefined>, exit(code: number): never};

function check(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error('failed: ' + what);
    }
    console.log('ok   - ' + what);
}

function environment(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(name + ' is not set: run the flows with clients/run-flows');
    }
    return value;
}

async function flow(): Promise<void> {
    const configuration = new Configuration({
        basePath: environment('ONEPRICE_URL'),
        accessToken: environment('ONEPRICE_OPERATOR_TOKEN'),
    });
    const quotes = new QuotesApi(configuration);

    const branches = await new CatalogBranchesApi(configuration).branchResourceList({});
    check((branches.items ?? []).some(b => b.code === 'north'), 'the branches include north');

    const price = await new PricingApi(configuration).pricingResourceEffective(
        {branch: 'north', service: 'MRI-KNEE', channel: 'PHONE'});
    check(price.total?.currency === 'RUB' && Number(price.total?.amount) > 0, 'north prices the knee MRI in RUB');

    const checked = await quotes.verifyResourceVerify({verifyRequest: {
        branch: 'north', channel: 'PHONE', items: [{service: 'MRI-KNEE', quantity: 1}],
        quotedTotal: {amount: '4000.00', currency: 'RUB'},
    }});
    const reasons: ReasonCode[] = (checked.verdict?.reasons ?? []).flatMap(r => r.code === undefined ? [] : [r.code]);
    check(checked.verdict?.status === VerdictStatusEnum.Mismatch, '4000.00 at north is a mismatch');
    check(reasons.includes(ReasonCode.BranchPriceDiffers), 'explained as another branch\'s price: ' + reasons);

    const request = {branch: 'central', channel: 'PHONE', customerRef: 'crm-5521',
        items: [{service: 'CHECKUP-BASIC', quantity: 1}]};
    const key = 'flow-ts-' + Date.now() + '-' + Math.random().toString(36).slice(2);
    const issued = await quotes.quoteResourceIssue({quoteRequest: request, idempotencyKey: key});
    const retried = await quotes.quoteResourceIssue({quoteRequest: request, idempotencyKey: key});
    const code = issued.code ?? '';
    check(issued.status === QuoteStatus.Issued && retried.code === code, 'a quote issued once for two tries: ' + code);

    const read = await quotes.quoteResourceGet({code});
    check(read.total?.amount === issued.total?.amount, 'the quote reads back by its code');
    const voided = await quotes.quoteResourceVoidQuote({code});
    check(voided.status === QuoteStatus.Voided, 'the quote is voided');

    try {
        await quotes.quoteResourceVoidQuote({code});
        check(false, 'voiding twice is refused');
    } catch (e) {
        if (!(e instanceof ResponseError)) {
            throw e;
        }
        const problem = ProblemFromJSON(await e.response.json());
        check(e.response.status === 409 && problem.type === ProblemTypeEnum.CONFLICT,
            'voiding twice is refused as a typed problem: ' + problem.type);
    }
}

flow().then(() => console.log('typescript-fetch flow: passed'), (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});

// A chat widget's page in Debian's headless Chromium (driven by playwright-core) against the packaged service.
// e2e/run starts the service with public read on and CORS allowing ALLOWED_ORIGIN, then runs this with
//   API=http://127.0.0.1:PORT ALLOWED_PORT=... OTHER_PORT=... INTEGRATION_TOKEN=... node e2e/widget-test.mjs
// It serves widget.html on ALLOWED_PORT (allowed) and OTHER_PORT (another origin), and prints one line per check
// and a closing "N passed, N failed"; it exits non-zero when a check failed.
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';

const api = process.env.API;
const token = process.env.INTEGRATION_TOKEN;
const page = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'widget.html'));
let passed = 0;
let failed = 0;

function check(what, condition, detail) {
  if (condition) {
    passed++;
    console.log(`ok   - ${what}`);
  } else {
    failed++;
    console.log(`FAIL - ${what}: ${JSON.stringify(detail)}`);
  }
}

function serve(port) {
  const server = createServer((request, response) => {
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
    response.end(page);
  });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const servers = [await serve(Number(process.env.ALLOWED_PORT)), await serve(Number(process.env.OTHER_PORT))];
const profile = mkdtempSync(join(tmpdir(), 'oneprice-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const widget = await browser.newPage();
  // Preflights never reach the page's own events; Chromium reports them to DevTools, as here.
  const preflights = [];
  const devtools = await browser.newCDPSession(widget);
  await devtools.send('Network.enable');
  devtools.on('Network.requestWillBeSent', event => {
    if (event.request.method === 'OPTIONS') {
      preflights.push(event.request.url);
    }
  });
  const preflightsOf = path => preflights.filter(url => url === api + path).length;

  await widget.goto(`http://127.0.0.1:${process.env.ALLOWED_PORT}/?api=${encodeURIComponent(api)}`);
  await widget.waitForFunction(() => document.getElementById('answer').textContent !== '…');
  const shown = await widget.textContent('#answer');
  check('the allowed origin shows the price the API answers', shown === '5000.00 RUB', shown);

  const price = await widget.evaluate(() => priceOf('north', 'MRI-KNEE'));
  check('the widget reads ETag, X-Request-Id and RateLimit', price.etag && price.requestId && price.rateLimit,
      price);
  const again = await widget.evaluate(e => revalidate('north', 'MRI-KNEE', e), price.etag);
  check('If-None-Match with the ETag answers 304 without a body', again.status === 304 && again.body === null,
      again);

  const bare = await widget.evaluate(() => verify('4000.00'));
  const withToken = await widget.evaluate(t => verify('4000.00', t), token);
  check('verify answers a verdict without a token (public read)', bare.status === 200
      && bare.body.verdict.status === 'MISMATCH', bare);
  check('verify answers with a token too', withToken.status === 200, withToken);
  check('verify with and without a token share one preflight', preflightsOf('/quotes/verify') === 1, preflights);

  // Without Access-Control-Max-Age, Chromium keeps a preflight for 5 s.
  await new Promise(resolve => setTimeout(resolve, 6000));
  await widget.evaluate(() => verify('5000.00'));
  check('after 6 s the preflight is still cached (Max-Age)', preflightsOf('/quotes/verify') === 1, preflights);

  const key = 'e2e-' + Date.now();
  const issued = await widget.evaluate(([t, k]) => quote(t, k), [token, key]);
  const replay = await widget.evaluate(([t, k]) => quote(t, k), [token, key]);
  check('a quote is issued with its Location', issued.status === 201 && issued.location, issued);
  check('the page tells a replay by Idempotent-Replayed', issued.replayed === null && replay.replayed === 'true'
      && replay.body.code === issued.body.code, [issued.replayed, replay.replayed]);

  const other = await browser.newPage();
  await other.goto(`http://127.0.0.1:${process.env.OTHER_PORT}/?api=${encodeURIComponent(api)}`);
  await other.waitForFunction(() => document.getElementById('answer').textContent !== '…');
  const refused = await other.textContent('#answer');
  check('another origin cannot read a price', refused.startsWith('unavailable'), refused);
  const verifyElsewhere = await other.evaluate(() => verify('4000.00').then(() => 'read', e => e.name));
  check('another origin cannot verify', verifyElsewhere === 'TypeError', verifyElsewhere);

  const contract = await widget.goto(api + '/q/openapi');
  const text = await widget.evaluate(() => document.body.innerText);
  check('the browser shows /q/openapi as text', contract.headers()['content-type'].startsWith('text/plain')
      && text.includes('openapi: 3'), contract.headers()['content-type']);
} catch (e) {
  check('the widget test ran to its end', false, String(e.stack || e));
} finally {
  await browser.close();
  servers.forEach(s => s.close());
  rmSync(profile, {recursive: true, force: true});
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

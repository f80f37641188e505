// The page's Settings panel (web/settings.js) in headless Chromium: defaults, what the settings change in
// the text panel, the engine's errors with their JSON Pointer, persistence (never the key). Every test
// records the page's requests: none may leave the origin, none may happen after load.
//
//   node --test tests/browser/settings.test.js
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath, openTestPage } from './chromium.js';

const CHROMIUM = [chromiumPath()].find((p) => p && existsSync(p)) ?? null;
const SKIP_BROWSER = CHROMIUM ? false : 'no chromium binary found: set CHROMIUM_PATH or install chromium';

const STORAGE_KEY = 'discret.settings.v1';
// Scores with the default settings: EMAIL 0.9, PHONE (fr-phone) 0.55, SECRET 0.9.
const TEXT = 'Salut 😀 écris à jean.dupont@example.fr, appelle le 06 12 34 56 78.\nClé AWS : AKIAIOSFODNN7EXAMPLE, merci.';
const ENTITY_COUNT = 22;
const DEFAULT_OPTIONS = { minScore: 0.5, allow: [], deny: [], rules: [], builtins: true };
const TICKET_PACK = JSON.stringify({ name: 'tickets', rules: [{ id: 'ticket', entity: 'SECRET', pattern: 'TICKET-[0-9]{4}' }] });
const BROKEN_PACK = '{"rules":[{"id":"x","entity":"EMAIL","pattern":"("}]}';

let server;
before(async () => {
  server = await startServer({ port: 0 });
});
after(async () => {
  await server?.close();
});

describe('settings panel', { skip: SKIP_BROWSER }, () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
  });

  /**
   * A fresh page that records its requests, page errors, console errors and `discret:settings` events;
   * at the end of the test no request may have left the origin or happened after a load.
   */
  async function openPage(t) {
    const { page, problems } = await openTestPage(browser, t, { origin: new URL(server.url).origin });
    await page.addInitScript(() => {
      window.settingsEvents = [];
      window.addEventListener('discret:settings', (e) => window.settingsEvents.push(e.detail));
    });
    const requests = [];
    const session = { page, problems, requests, loaded: false };
    page.on('request', (r) => requests.push({ url: r.url(), afterLoad: session.loaded }));
    const origin = new URL(server.url).origin;
    t.after(() => {
      assert.ok(requests.some((r) => r.url.endsWith('/pkg/dist/discret.wasm')), 'requests were recorded');
      for (const r of requests) assert.equal(new URL(r.url).origin, origin, r.url);
      assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), [], 'no request after load');
      assert.deepEqual(problems, []);
    });
    return session;
  }

  /** Loads (or reloads) the page and waits until the text panel, the settings and the worker are ready. */
  async function load(session, { reload = false } = {}) {
    const { page } = session;
    session.loaded = false;
    if (reload) await page.reload();
    else await page.goto(server.url);
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.waitForSelector('body[data-settings="ok"], body[data-settings="error"]');
    await page.waitForSelector('body[data-files="idle"]');
    await page.waitForLoadState('networkidle');
    session.loaded = true;
  }

  const settingsOf = (page) => page.evaluate(() => import('./settings.js').then((m) => m.getSettings()));
  const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const events = (page) => page.evaluate(() => window.settingsEvents);

  /** Waits for the check a change started (the change sets "pending" at once). */
  async function settled(page, expected = 'ok') {
    await page.waitForSelector('body:not([data-settings="pending"])');
    assert.equal(await page.getAttribute('body', 'data-settings'), expected);
  }

  async function openDetect(page) {
    if (!(await page.$eval('#settings-detect', (d) => d.open))) await page.click('#settings-detect summary');
  }

  async function openCopies(page) {
    if (!(await page.$eval('#settings-copies', (d) => d.open))) await page.click('#settings-copies summary');
  }

  async function typeText(page, text, status) {
    await page.fill('#input', text);
    await waitForStatus(page, status);
  }

  async function waitForStatus(page, status) {
    try {
      await page.waitForFunction((s) => document.querySelector('#status').textContent === s, status, { timeout: 10_000 });
    } catch (e) {
      throw new Error(`text panel status: expected "${status}", got "${await page.textContent('#status')}"`, { cause: e });
    }
  }

  const findings = (page) => page.$$eval('#findings tbody tr', (trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((td) => td.textContent)));

  test('defaults: every entity and country on, the default options applied and announced once', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    assert.equal(await page.getAttribute('body', 'data-settings'), 'ok');
    assert.ok(await page.isHidden('#settings-error'));
    assert.equal(await page.getAttribute('#settings-error', 'role'), 'alert');
    assert.match(await page.textContent('#settings-summary'), /^\d+ rules in use · minimum score 0\.5\.$/);

    // Compact: the controls are in closed <details>, opened by keyboard.
    assert.ok(await page.isHidden('#settings-entity-EMAIL'));
    await page.focus('#settings-detect summary');
    await page.keyboard.press('Enter');
    assert.ok(await page.isVisible('#settings-entity-EMAIL'));

    const entities = await page.$$eval('input[name="entity"]', (els) => els.map((e) => [e.value, e.checked]));
    assert.equal(entities.length, ENTITY_COUNT);
    assert.ok(entities.every(([, checked]) => checked));
    const countries = await page.$$eval('input[name="country"]', (els) => els.map((e) => [e.value, e.checked]));
    assert.ok(countries.length >= 10 && countries.every(([, checked]) => checked), JSON.stringify(countries));
    assert.ok(countries.some(([c]) => c === 'FR'));
    assert.equal(await page.textContent('label[for="settings-country-FR"]'), ' FR · France');
    assert.ok(await page.isChecked('#settings-builtins'));
    assert.equal(await page.inputValue('#settings-min-score'), '0.5');
    assert.equal(await page.inputValue('#settings-allow'), '');
    assert.equal(await page.inputValue('#settings-deny'), '');
    assert.equal(await page.textContent('#settings-pack-status'), 'No custom pack.');
    assert.ok(await page.isHidden('#settings-pack-remove'));

    await openCopies(page);
    assert.equal(await page.inputValue('#settings-operator'), 'pseudonym');
    assert.deepEqual(await page.$$eval('#settings-operators select', (els) => [...new Set(els.map((e) => e.value))]), ['']);
    assert.equal(await page.getAttribute('#settings-key', 'type'), 'password');
    assert.equal(await page.inputValue('#settings-key'), '');
    // Every control has a label.
    const unlabelled = await page.$$eval('#settings-panel input, #settings-panel select, #settings-panel textarea',
      (els) => els.filter((e) => e.labels.length === 0).map((e) => e.id));
    assert.deepEqual(unlabelled, []);

    const expected = { scannerOptions: DEFAULT_OPTIONS, pseudonymize: { operator: 'pseudonym', operators: {}, key: '' } };
    assert.deepEqual(await settingsOf(page), expected);
    assert.deepEqual(await events(page), [expected], 'announced once on load');
    assert.equal(await stored(page), null, 'nothing is stored before a change');
    await typeText(page, TEXT, '3 findings');
  });

  test('unchecking EMAIL, then a country: the text panel stops reporting them', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    await typeText(page, TEXT, '3 findings');
    await openDetect(page);

    await page.uncheck('#settings-entity-EMAIL');
    await settled(page);
    await waitForStatus(page, '2 findings');
    assert.deepEqual((await findings(page)).map((f) => f[0]), ['PHONE', 'SECRET']);
    const { scannerOptions } = await settingsOf(page);
    assert.equal(scannerOptions.entities.length, ENTITY_COUNT - 1);
    assert.ok(!scannerOptions.entities.includes('EMAIL'));
    assert.match(await page.textContent('#settings-summary'), /21 of 22 entities/);

    // The phone number is a French national rule (fr-phone).
    await page.uncheck('#settings-country-FR');
    await settled(page);
    await waitForStatus(page, '1 finding');
    const { scannerOptions: withoutFr } = await settingsOf(page);
    assert.ok(withoutFr.countries.length > 0 && !withoutFr.countries.includes('FR'));

    // "None" then one entity: only that entity; no entity at all: nothing but the deny list.
    await page.click('#settings-entities button[data-none]');
    await settled(page);
    await waitForStatus(page, 'No personal data or secrets found');
    assert.match(await page.textContent('#settings-summary'), /No rule is in use: nothing will be found\. Choose an entity\./);
    await page.check('#settings-entity-SECRET');
    await settled(page);
    await waitForStatus(page, '1 finding');
    assert.deepEqual((await findings(page)).map((f) => f[0]), ['SECRET']);
    await page.click('#settings-entities button[data-all]');
    await page.click('#settings-countries button[data-all]');
    await settled(page);
    await waitForStatus(page, '3 findings');
    assert.deepEqual((await settingsOf(page)).scannerOptions, DEFAULT_OPTIONS);
  });

  test('built-in packs: turning secrets-core off drops the AWS key and turns off exactly its rules', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    await typeText(page, TEXT, '3 findings');
    await openDetect(page);
    const labels = await page.locator('#settings-pack-list label').allTextContents();
    assert.deepEqual(labels.map((l) => l.trim().split(' ')[0]), ['pii-core', 'pii-person', 'pii-national', 'secrets-core', 'secrets-cloud', 'secrets-saas']);
    await page.uncheck('#settings-packs-secrets-core');
    await settled(page);
    await waitForStatus(page, '2 findings');
    assert.deepEqual((await findings(page)).map((f) => f[0]), ['EMAIL', 'PHONE']);
    const { scannerOptions } = await settingsOf(page);
    const core = Number(/\((\d+)\)/.exec(labels.find((l) => l.includes('secrets-core')))[1]);
    assert.equal(scannerOptions.disabledRules.length, core);
    assert.ok(scannerOptions.disabledRules.includes('aws-access-key-id'));
    await page.check('#settings-packs-secrets-core');
    await settled(page);
    await waitForStatus(page, '3 findings');
  });

  test('custom rule pack: a valid one adds its rules; a broken one shows the engine error and its JSON Pointer, and the previous settings stay', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    await typeText(page, 'Ticket TICKET-1234 for jean.dupont@example.fr', '1 finding');
    await openDetect(page);

    await page.setInputFiles('#settings-pack', { name: 'tickets.json', mimeType: 'application/json', buffer: Buffer.from(TICKET_PACK) });
    await settled(page);
    await waitForStatus(page, '2 findings');
    assert.deepEqual(await findings(page), [['SECRET', 'ticket', 'TICKET-1234'], ['EMAIL', 'email', 'jean.dupont@example.fr']]);
    assert.equal(await page.textContent('#settings-pack-status'), '“tickets.json”: 1 rule');
    assert.deepEqual((await settingsOf(page)).scannerOptions.rules, [TICKET_PACK]);
    const announced = (await events(page)).length;

    await page.setInputFiles('#settings-pack', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN_PACK) });
    await settled(page, 'error');
    assert.ok(await page.isVisible('#settings-error'));
    const error = await page.textContent('#settings-error');
    assert.match(error, /Custom rule pack “broken\.json” \(rule “x”\): not applied\. The previous settings stay in use\./);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/rules/0/pattern');
    assert.match(error, /missing \)/);
    assert.equal(await page.getAttribute('#settings-pack', 'aria-invalid'), 'true');
    // Nothing applied: same options, no event, the text panel still uses the tickets pack.
    assert.deepEqual((await settingsOf(page)).scannerOptions.rules, [TICKET_PACK]);
    assert.equal((await events(page)).length, announced);
    await page.fill('#input', 'Ticket TICKET-1234 for jean.dupont@example.fr ');
    await waitForStatus(page, '2 findings');
    assert.match(await stored(page), /tickets\.json/);
    assert.doesNotMatch(await stored(page), /broken/);

    // A reload brings back what was applied, not the broken pack.
    await load(session, { reload: true });
    assert.equal(await page.getAttribute('body', 'data-settings'), 'ok');
    assert.ok(await page.isHidden('#settings-error'));
    assert.equal(await page.textContent('#settings-pack-status'), '“tickets.json”: 1 rule');
    await typeText(page, 'Ticket TICKET-1234', '1 finding');

    // JSON that does not parse: the engine's "@offset".
    await openDetect(page);
    await page.setInputFiles('#settings-pack', { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from('{"rules": [') });
    await settled(page, 'error');
    assert.match(await page.textContent('#settings-error code.pointer'), /^@\d+$/);

    // Removing the pack applies again.
    await page.click('#settings-pack-remove');
    await settled(page);
    assert.ok(await page.isHidden('#settings-error'));
    assert.equal(await page.getAttribute('#settings-pack', 'aria-invalid'), null);
    await waitForStatus(page, 'No personal data or secrets found');
    assert.deepEqual((await settingsOf(page)).scannerOptions.rules, []);
  });

  test('settings survive a reload, the key does not; a corrupt stored value is reset', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    await openDetect(page);
    await page.uncheck('#settings-entity-EMAIL');
    await page.fill('#settings-min-score', '0.6');
    await page.fill('#settings-allow', 'AKIAIOSFODNN7EXAMPLE\n/[0-9]{3}\\.example/');
    await page.fill('#settings-deny', 'PERSON Jean Dupont');
    await settled(page);
    await openCopies(page);
    await page.selectOption('#settings-operator', 'fake');
    await page.selectOption('#settings-op-PERSON', 'mask');
    await page.fill('#settings-key', 'k3y-never-stored');
    await page.waitForFunction(() => window.settingsEvents.at(-1).pseudonymize.key === 'k3y-never-stored');
    const before = await settingsOf(page);
    assert.deepEqual(before.pseudonymize, { operator: 'fake', operators: { PERSON: 'mask' }, key: 'k3y-never-stored' });
    assert.deepEqual(before.scannerOptions.allow, ['AKIAIOSFODNN7EXAMPLE', { pattern: '[0-9]{3}\\.example' }]);
    assert.deepEqual(before.scannerOptions.deny, [{ entity: 'PERSON', value: 'Jean Dupont' }]);
    assert.equal(before.scannerOptions.minScore, 0.6);
    assert.ok(!(await stored(page)).includes('k3y-never-stored'), 'the key is not stored');

    await load(session, { reload: true });
    assert.equal(await page.getAttribute('body', 'data-settings'), 'ok');
    await openDetect(page);
    await openCopies(page);
    assert.ok(!(await page.isChecked('#settings-entity-EMAIL')));
    assert.ok(await page.isChecked('#settings-entity-PHONE'));
    assert.equal(await page.inputValue('#settings-min-score'), '0.6');
    assert.equal(await page.inputValue('#settings-allow'), 'AKIAIOSFODNN7EXAMPLE\n/[0-9]{3}\\.example/');
    assert.equal(await page.inputValue('#settings-operator'), 'fake');
    assert.equal(await page.inputValue('#settings-op-PERSON'), 'mask');
    assert.equal(await page.inputValue('#settings-key'), '');
    const restored = await settingsOf(page);
    assert.deepEqual(restored, { ...before, pseudonymize: { ...before.pseudonymize, key: '' } });
    assert.deepEqual(await events(page), [restored], 'the restored settings are announced once');
    // The text panel uses them: no e-mail, the phone (0.55) is under 0.6, the AWS key is allowed.
    await typeText(page, `${TEXT} Jean Dupont`, '1 finding');
    assert.deepEqual(await findings(page), [['PERSON', 'deny-1', 'Jean Dupont']]);

    // A stored value that does not parse: ignored, removed, defaults; nothing thrown.
    await page.evaluate((key) => localStorage.setItem(key, '{"entitiesOff": ["EMAIL"'), STORAGE_KEY);
    await load(session, { reload: true });
    assert.equal(await page.getAttribute('body', 'data-settings'), 'ok');
    assert.deepEqual((await settingsOf(page)).scannerOptions, DEFAULT_OPTIONS);
    assert.equal(await stored(page), null);
    await typeText(page, TEXT, '3 findings');

    // Fields of the wrong type fall back to their defaults, the others are kept.
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ entitiesOff: 'EMAIL', minScore: 7, operator: 'nope', deny: 'SECRET /ZX-[0-9]{5}/', operators: { PERSON: 'hash', NOPE: 'mask' } })), STORAGE_KEY);
    await load(session, { reload: true });
    assert.equal(await page.getAttribute('body', 'data-settings'), 'ok');
    assert.deepEqual(await settingsOf(page), {
      scannerOptions: { ...DEFAULT_OPTIONS, deny: [{ entity: 'SECRET', pattern: 'ZX-[0-9]{5}' }] },
      pseudonymize: { operator: 'pseudonym', operators: { PERSON: 'hash' }, key: '' },
    });
    // PERSON is hashed and there is no key: the key field says so.
    await openCopies(page);
    assert.ok(await page.isVisible('#settings-key-warning'));
    assert.equal(await page.getAttribute('#settings-key', 'aria-invalid'), 'true');

    // Stored settings the engine refuses: its error, the defaults meanwhile, the stored value kept to fix.
    const refused = JSON.stringify({ deny: 'EMAIL /(/', operator: 'mask' });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, refused]);
    await load(session, { reload: true });
    assert.equal(await page.getAttribute('body', 'data-settings'), 'error');
    assert.match(await page.textContent('#settings-error'), /^Deny list, line 1: not applied/);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/deny/0/pattern');
    assert.match(await page.textContent('#settings-summary'), /^The remembered settings did not load: the defaults are in use\./);
    const fallback = await settingsOf(page);
    assert.deepEqual(fallback, { scannerOptions: DEFAULT_OPTIONS, pseudonymize: { operator: 'mask', operators: {}, key: '' } });
    assert.deepEqual(await events(page), [fallback]);
    await typeText(page, TEXT, '3 findings');
    assert.equal(await stored(page), refused);
    // Fixing the line applies and stores it.
    await openDetect(page);
    await page.fill('#settings-deny', 'EMAIL /[a-z]+@corp[.]fr/');
    await settled(page);
    assert.match(await stored(page), /corp/);
  });

  test('deny list adds a finding; a bad line names its line and the pointer, and changes nothing', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    const text = `${TEXT}\nRéf. ZX-99812.`;
    await typeText(page, text, '3 findings');
    await openDetect(page);

    await page.fill('#settings-deny', 'secret /ZX-[0-9]{5}/');
    await settled(page);
    await waitForStatus(page, '4 findings');
    assert.deepEqual((await findings(page)).at(-1), ['SECRET', 'deny-1', 'ZX-99812']);
    assert.deepEqual((await settingsOf(page)).scannerOptions.deny, [{ entity: 'SECRET', pattern: 'ZX-[0-9]{5}' }]);

    await page.fill('#settings-deny', 'secret /ZX-[0-9]{5}/\n\nEMAIL /(/');
    await settled(page, 'error');
    assert.match(await page.textContent('#settings-error'), /^Deny list, line 3: not applied/);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/deny/1/pattern');
    assert.equal(await page.getAttribute('#settings-deny', 'aria-invalid'), 'true');
    assert.deepEqual((await settingsOf(page)).scannerOptions.deny, [{ entity: 'SECRET', pattern: 'ZX-[0-9]{5}' }]);

    await page.fill('#settings-deny', 'secret /ZX-[0-9]{5}/\nPERSON');
    await settled(page, 'error');
    assert.match(await page.textContent('#settings-error'), /^Deny list, line 2: not applied/);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/deny/1');

    await page.fill('#settings-deny', 'NOBODY x');
    await settled(page, 'error');
    assert.equal(await page.textContent('#settings-error code.pointer'), '/deny/0/entity');
    assert.match(await page.textContent('#settings-error'), /unknown entity 'NOBODY'/);

    // A rule turned off by id; an unknown id is the engine's error too.
    await page.fill('#settings-deny', '');
    await page.fill('#settings-disabled', 'fr-phone');
    await settled(page);
    await waitForStatus(page, '2 findings');
    await page.fill('#settings-disabled', 'fr-phone\nno-such-rule');
    await settled(page, 'error');
    assert.match(await page.textContent('#settings-error'), /^Rules turned off, line 2: not applied/);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/disabledRules/1');
    assert.equal(await page.$eval('#status', (e) => e.textContent), '2 findings');
  });

  test('minimum score: findings below it are dropped; out of range is the engine error', async (t) => {
    const session = await openPage(t);
    const { page } = session;
    await load(session);
    await typeText(page, TEXT, '3 findings');
    await openDetect(page);

    await page.fill('#settings-min-score', '0.6');
    await settled(page);
    await waitForStatus(page, '2 findings');
    assert.deepEqual((await findings(page)).map((f) => f[0]), ['EMAIL', 'SECRET']);
    assert.equal((await settingsOf(page)).scannerOptions.minScore, 0.6);

    await page.fill('#settings-min-score', '1.5');
    await settled(page, 'error');
    assert.match(await page.textContent('#settings-error'), /^Minimum score: not applied/);
    assert.equal(await page.textContent('#settings-error code.pointer'), '/minScore');
    assert.equal(await page.getAttribute('#settings-min-score', 'aria-invalid'), 'true');
    assert.equal((await settingsOf(page)).scannerOptions.minScore, 0.6);

    await page.fill('#settings-min-score', '');
    await settled(page, 'error');
    assert.equal(await page.textContent('#settings-error code.pointer'), '/minScore');

    await page.fill('#settings-min-score', '0.5');
    await settled(page);
    assert.ok(await page.isHidden('#settings-error'));
    await waitForStatus(page, '3 findings');

    // Reset to defaults clears everything back.
    await page.fill('#settings-min-score', '0.95');
    await settled(page);
    await waitForStatus(page, 'No personal data or secrets found');
    await page.click('#settings-reset');
    await settled(page);
    await waitForStatus(page, '3 findings');
    assert.deepEqual((await settingsOf(page)).scannerOptions, DEFAULT_OPTIONS);
  });
});

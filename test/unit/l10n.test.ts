/**
 * Translations stay complete: every runtime string the client passes to `vscode.l10n.t` has an entry in each
 * bundle, every manifest key has its translation, and no translation loses or invents a `{n}` placeholder or a
 * `code` span (a setting name or an example the user types).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { messages, messagesLocale, messageTables, setLocale } from '../../src/server/messages';
import { ENGLISH, ENGLISH_PHRASES, PHRASE_KEYS, phrasesOf } from '../../src/core/report/phrases';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): Record<string, string> => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
const codeSpans = (s: string) => (s.match(/`[^`]*`/g) ?? []).sort();
/** Every language of the articles but English, as VS Code names its display language (`pt-br`: its Portuguese pack). */
const UI_LANGUAGES = ['fr', 'de', 'it', 'es', 'pt-br', 'nl', 'sv', 'nb', 'da', 'pl'];

/** "{0} figures|few": a plural form beyond English's two, which only some languages have (src/extension/plural.ts). */
const PLURAL_FORM = /\|(zero|two|few|many)$/;
/** The plural categories a language gives whole counts of 2 to 1000 (`Intl.PluralRules`): Polish few and many. */
function countCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const out = new Set<string>();
  for (let n = 2; n <= 1000; n++) out.add(rules.select(n));
  return out;
}

/** The string literals passed as first argument of `l10n.t(` anywhere in the client. */
function clientKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(full, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g))
          keys.add(m[1]!.replace(/\\'/g, "'"));
      }
    }
  };
  walk(path.join(root, 'src/extension'));
  return keys;
}

describe('translations', () => {
  const used = clientKeys();

  test('the client uses runtime strings (the scan finds them)', () => {
    assert.ok(used.has('Compare Sources'), 'the l10n.t scan found nothing: has the call changed shape?');
  });

  for (const lang of UI_LANGUAGES) {
    test(`l10n/bundle.l10n.${lang}.json translates every runtime string, placeholders intact`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
      const needed = countCategories(lang);
      const missing = [...used].filter((k) => {
        const form = PLURAL_FORM.exec(k);
        return !(k in bundle) && (!form || needed.has(form[1]!));
      });
      assert.deepEqual(missing, []);
      // no plural form the language does not use (it would never be read)
      for (const key of Object.keys(bundle)) {
        const form = PLURAL_FORM.exec(key);
        if (form) assert.ok(needed.has(form[1]!) && used.has(key), `${lang}: ${key}`);
      }
      for (const [key, value] of Object.entries(bundle)) {
        assert.deepEqual(placeholders(value), placeholders(key), `${lang}: ${key}`);
        assert.ok(value.trim().length > 0, `${lang}: empty translation of ${key}`);
      }
    });

    test(`l10n/bundle.l10n.${lang}.json has every string the French bundle has (the webview's too)`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
      const french = Object.keys(readJson('l10n/bundle.l10n.fr.json'));
      assert.deepEqual(
        french.filter((k) => !(k in bundle)),
        [],
      );
    });

    test(`package.nls.${lang}.json translates every manifest string, code spans intact`, () => {
      const english = readJson('package.nls.json');
      const translated = readJson(`package.nls.${lang}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        assert.deepEqual(codeSpans(translated[key]!), codeSpans(english[key]!), `${lang}: ${key}`);
      }
    });

    test(`the server speaks ${lang}, and a regional locale falls back to its language`, () => {
      try {
        setLocale('en');
        const english = messages().showMentions;
        setLocale(`${lang}-XX`);
        assert.notEqual(messages().showMentions, english);
        assert.deepEqual(placeholders(messages().scanProgress), ['{0}', '{1}']);
      } finally {
        setLocale('en');
      }
    });
  }

  test('an unknown locale falls back to English', () => {
    setLocale('en');
    const english = messages().claim;
    setLocale('tlh');
    assert.equal(messages().claim, english);
    setLocale(undefined);
    assert.equal(messages().claim, english);
  });
});

describe("the reviewer's sentences (why-sentences, agreeing messages)", () => {
  const tables = messageTables();

  test('the server ships its sentence templates in the eleven languages of the articles', () => {
    assert.deepEqual(Object.keys(tables).sort(), ['da', 'de', 'en', 'es', 'fr', 'it', 'nb', 'nl', 'pl', 'pt', 'sv']);
    assert.equal(tables.en!.why, ENGLISH);
  });

  for (const [lang, table] of Object.entries(messageTables())) {
    test(`${lang}: every template key exists, none empty, placeholders as in English`, () => {
      // No key falls back to English by design today: a language that ships sentences ships all of them.
      assert.deepEqual(Object.keys(table.why).sort(), [...PHRASE_KEYS].sort());
      for (const key of PHRASE_KEYS) {
        const english = ENGLISH[key];
        const translated = table.why[key];
        if (typeof english === 'string') {
          assert.equal(typeof translated, 'string', `${lang}: ${key}`);
          assert.ok((translated as string).trim().length > 0 || key.endsWith('eparator'), `${lang}: empty ${key}`);
          assert.deepEqual(placeholders(translated as string), placeholders(english), `${lang}: ${key}`);
        } else {
          const forms = translated as Record<string, string>;
          assert.ok(forms.other, `${lang}: ${key} has its "other" form`);
          for (const [form, text] of Object.entries(forms))
            assert.deepEqual(placeholders(text), placeholders(english.other), `${lang}: ${key}.${form}`);
        }
      }
    });
  }

  test('a language the server does not ship gets English sentences with English numbers', () => {
    try {
      setLocale('ja');
      assert.equal(messagesLocale(), 'en');
      assert.equal(messages().why, ENGLISH);
      setLocale('fr-CA');
      assert.equal(messagesLocale(), 'fr');
      assert.equal(messages().why.says, '{0} indique {1}');
    } finally {
      setLocale('en');
    }
  });

  test('the locales VS Code and language packs send: pt-br reads Portuguese, no and nn read Bokmål', () => {
    try {
      for (const [locale, table] of [
        ['pt-br', 'pt'],
        ['pt', 'pt'],
        ['nb', 'nb'],
        ['no', 'nb'],
        ['nn-NO', 'nb'],
        ['pl', 'pl'],
        ['da', 'da'],
        ['sv-FI', 'sv'],
        ['nl-BE', 'nl'],
      ] as const) {
        setLocale(locale);
        assert.equal(messagesLocale(), table, locale);
        assert.equal(messages(), tables[table], locale);
      }
    } finally {
      setLocale('en');
    }
  });

  test('Polish templates give every form Intl.PluralRules asks for (one, few, many)', () => {
    const pl = tables.pl!.why;
    for (const key of PHRASE_KEYS) {
      const forms = pl[key];
      if (typeof forms === 'string') continue;
      for (const n of [1, 2, 5, 22, 25, 112]) {
        const category = new Intl.PluralRules('pl').select(n);
        assert.ok(category in forms, `pl: ${key} has its ${category} form (${n})`);
      }
    }
  });

  test('a table missing a key falls back to English for that key only', () => {
    const partial = phrasesOf({ says: '{0} indique {1}' });
    assert.equal(partial.says, '{0} indique {1}');
    assert.equal(partial.agreeOn, ENGLISH_PHRASES.agreeOn);
  });
});

describe('manifest', () => {
  const manifestText = readFileSync(path.join(root, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as {
    contributes: {
      commands: { command: string }[];
      keybindings?: { command: string }[];
      walkthroughs?: { steps: { media: { markdown?: string } }[] }[];
    };
  };

  test('every %key% of package.json has an English string', () => {
    const english = readJson('package.nls.json');
    const referenced = [...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(referenced.length > 10);
    assert.deepEqual(
      referenced.filter((k) => !(k in english)),
      [],
    );
  });

  test('keybindings run declared commands; walkthrough media exist', () => {
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    const bound = manifest.contributes.keybindings ?? [];
    assert.ok(
      bound.some((k) => k.command === 'crosscheck.compareSources'),
      'Compare Sources has a keybinding',
    );
    for (const k of bound) assert.ok(declared.has(k.command), k.command);
    const steps = (manifest.contributes.walkthroughs ?? []).flatMap((w) => w.steps);
    assert.ok(steps.length >= 4, 'a first-run walkthrough');
    for (const step of steps) {
      const media = step.media.markdown;
      assert.ok(media, 'each step shows a page');
      assert.ok(readFileSync(path.join(root, media), 'utf8').startsWith('# '), media);
    }
  });
});

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
import { ENGLISH_PHRASES, PHRASE_KEYS, phrasesOf } from '../../src/core/report/phrases';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): Record<string, string> => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
const codeSpans = (s: string) => (s.match(/`[^`]*`/g) ?? []).sort();
const UI_LANGUAGES = ['fr', 'de', 'it', 'es'];

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
      const missing = [...used].filter((k) => !(k in bundle));
      assert.deepEqual(missing, []);
      for (const [key, value] of Object.entries(bundle)) {
        assert.deepEqual(placeholders(value), placeholders(key), `${lang}: ${key}`);
        assert.ok(value.trim().length > 0, `${lang}: empty translation of ${key}`);
      }
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

  test('the server ships its sentence templates in English, French, German, Italian and Spanish', () => {
    assert.deepEqual(Object.keys(tables).sort(), ['de', 'en', 'es', 'fr', 'it']);
    assert.equal(tables.en!.why, ENGLISH_PHRASES);
  });

  for (const [lang, table] of Object.entries(messageTables())) {
    test(`${lang}: every template key exists, none empty, placeholders as in English`, () => {
      // No key falls back to English by design today: a language that ships sentences ships all of them.
      assert.deepEqual(Object.keys(table.why).sort(), [...PHRASE_KEYS].sort());
      for (const key of PHRASE_KEYS) {
        const english = ENGLISH_PHRASES[key];
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
      setLocale('pl-PL');
      assert.equal(messagesLocale(), 'en');
      assert.equal(messages().why, ENGLISH_PHRASES);
      setLocale('fr-CA');
      assert.equal(messagesLocale(), 'fr');
      assert.equal(messages().why.says, '{0} indique {1}');
    } finally {
      setLocale('en');
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

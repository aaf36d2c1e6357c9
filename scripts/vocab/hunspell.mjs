// A small Hunspell reader for the build: loads a .aff/.dic pair and expands the affix rules of chosen
// words into every form the dictionary accepts (plural, case, genitive). Only what the vocabulary build
// needs: SFX/PFX with cross products, one level of continuation classes, the four FLAG syntaxes, SET.
import { readFileSync } from 'node:fs';

const ENCODINGS = { 'ISO8859-1': 'latin1', 'ISO8859-2': 'iso-8859-2', 'ISO8859-15': 'iso-8859-15', 'UTF-8': 'utf-8' };

function decode(path, enc) {
  return new TextDecoder(enc).decode(readFileSync(path));
}

function flagsOf(s, type) {
  if (!s) return [];
  if (type === 'long') return s.match(/../gu) ?? [];
  if (type === 'num') return s.split(',').filter(Boolean);
  return [...s];
}

export function loadHunspell(base) {
  const head = readFileSync(base + '.aff', 'latin1');
  const set = /^SET\s+(\S+)/m.exec(head)?.[1] ?? 'ISO8859-1';
  const enc = ENCODINGS[set.toUpperCase()] ?? 'utf-8';
  const aff = decode(base + '.aff', enc);
  const flagType = /^FLAG\s+(\S+)/m.exec(aff)?.[1] ?? 'char';
  const needAffix = /^NEEDAFFIX\s+(\S+)/m.exec(aff)?.[1];
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/m.exec(aff)?.[1];
  const forbidden = /^FORBIDDENWORD\s+(\S+)/m.exec(aff)?.[1];
  /** flag -> { kind, cross, rules: [{strip, add, cont, cond}] } */
  const rules = new Map();
  for (const line of aff.split(/\r?\n/)) {
    const m = /^(SFX|PFX)\s+(\S+)\s+(\S+)\s+(\S+)(?:\s+(\S+))?/.exec(line);
    if (!m) continue;
    const [, kind, flag, a, b, c] = m;
    if (!rules.has(flag)) {
      // header line: "SFX A Y 3"
      rules.set(flag, { kind, cross: a === 'Y', rules: [] });
      continue;
    }
    const [addRaw, contRaw] = b.split('/');
    const cond = c ?? '.';
    const re =
      kind === 'SFX'
        ? new RegExp(cond === '.' ? '' : `${cond}$`, 'u')
        : new RegExp(cond === '.' ? '' : `^${cond}`, 'u');
    rules.get(flag).rules.push({
      strip: a === '0' ? '' : a,
      add: addRaw === '0' ? '' : addRaw,
      cont: flagsOf(contRaw, flagType),
      re,
    });
  }
  const dic = decode(base + '.dic', enc);
  /** word -> array of flag lists (a word may be listed more than once) */
  const words = new Map();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    if (!line || line.startsWith('#') || line.startsWith('\t')) continue;
    const entry = line.split(/\s/)[0];
    const slash = entry.search(/(?<!\\)\//);
    const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
    const flags = slash < 0 ? [] : flagsOf(entry.slice(slash + 1), flagType);
    if (!words.has(word)) words.set(word, []);
    words.get(word).push(flags);
  }

  function applySfx(word, flag) {
    const r = rules.get(flag);
    if (!r || r.kind !== 'SFX') return [];
    const out = [];
    for (const x of r.rules) {
      if (!x.re.test(word) || (x.strip && !word.endsWith(x.strip))) continue;
      out.push({ form: word.slice(0, word.length - x.strip.length) + x.add, cont: x.cont, cross: r.cross });
    }
    return out;
  }
  function applyPfx(word, flag) {
    const r = rules.get(flag);
    if (!r || r.kind !== 'PFX') return [];
    const out = [];
    for (const x of r.rules) {
      if (!x.re.test(word) || (x.strip && !word.startsWith(x.strip))) continue;
      out.push({ form: x.add + word.slice(x.strip.length), cross: r.cross });
    }
    return out;
  }

  /**
   * Every inflected form of `word` as listed (case-sensitive). Prefix rules are left out on purpose: they
   * make other words (un-, re-), not inflections of one noun. Empty when the dictionary lacks the word.
   */
  function forms(word, { prefixes = false } = {}) {
    const lists = words.get(word);
    if (!lists) return [];
    const out = new Set();
    for (const flags of lists) {
      if (forbidden && flags.includes(forbidden)) continue;
      if (onlyInCompound && flags.includes(onlyInCompound)) continue;
      if (!(needAffix && flags.includes(needAffix))) out.add(word);
      for (const f of flags) {
        for (const s of applySfx(word, f)) {
          if (!(needAffix && s.cont.includes(needAffix))) out.add(s.form);
          // a twofold suffix: the continuation classes of the first suffix apply to its result
          for (const c of s.cont) for (const s2 of applySfx(s.form, c)) out.add(s2.form);
        }
        if (prefixes) for (const p of applyPfx(word, f)) out.add(p.form);
      }
    }
    return [...out];
  }

  return { forms, has: (w) => words.has(w), words };
}

/** A hand-built WorkspaceResult shaped like the seeds: three sources on one story, one on another. */
import type { AnalyzedDocument, Claim, Diagnostic, Figure, WorkspaceResult } from '../../src/core/types';

export function fig(
  text: string,
  docText: string,
  kind: Figure['kind'],
  value: Figure['value'],
  unit: string,
  extra: Partial<Figure> = {},
  occurrence = 0,
): Figure {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = docText.indexOf(text, start + 1);
  if (start < 0) throw new Error(`${text} not in document`);
  return { start, end: start + text.length, text, kind, value, unit, ...extra };
}

export function doc(
  path: string,
  language: AnalyzedDocument['language'],
  published: string | null,
  text: string,
  figures: (t: string) => Figure[],
): AnalyzedDocument {
  return { path, language, published, text, figures: figures(text) };
}

export function mentionOf(d: AnalyzedDocument, text: string, occurrence = 0) {
  const f = d.figures.filter((x) => x.text === text)[occurrence];
  if (!f) throw new Error(`no figure ${text} in ${d.path}`);
  return { path: d.path, start: f.start, end: f.end };
}

export function seedsLike(): WorkspaceResult {
  const fr = doc(
    'seeds/000_fr.txt',
    'fr',
    null,
    '\n  Microsoft annonce 4,3 milliards de dollars en France\nIl formera 2 500 startups d’ici 2027.',
    (t) => [
      fig('4,3 milliards de dollars', t, 'money', 4_300_000_000, 'USD'),
      fig('2 500 startups', t, 'quantity', 2500, 'startup'),
    ],
  );
  const fr2 = doc(
    'seeds/001_fr.txt',
    'fr',
    '2024-05-13',
    'KultureGeek Internet\nUn investissement de 4 milliards d’euros. Les 4 milliards d’euros. 2 500 start-ups.',
    (t) => [
      fig('4 milliards d’euros', t, 'money', 4_000_000_000, 'EUR'),
      fig('4 milliards d’euros', t, 'money', 4_000_000_000, 'EUR', {}, 1),
      fig('2 500 start-ups', t, 'quantity', 2500, 'startup', { bound: 'about' }),
    ],
  );
  const it = doc(
    'seeds/002_it.txt',
    'it',
    '2024-05-17',
    'Investimenti\nMicrosoft investe 4 mld di dollari in Francia. Più di 2.500 startup entro il 2027.',
    (t) => [
      fig('4 mld di dollari', t, 'money', 4_000_000_000, 'USD'),
      fig('2.500 startup', t, 'quantity', 2500, 'startup'),
    ],
  );
  const de = doc(
    'seeds/003_de.txt',
    'fr',
    null,
    "Microsoft investit 3.2 milliards d'euros en Allemagne. L'investissement d'un milliard de dollars.",
    (t) => [
      fig("3.2 milliards d'euros", t, 'money', 3_200_000_000, 'EUR'),
      fig('un milliard de dollars', t, 'money', 1_000_000_000, 'USD'),
    ],
  );
  const lonely = doc('seeds/004_lonely.txt', 'en', null, 'Nothing shared: 12 dogs.', (t) => [
    fig('12 dogs', t, 'quantity', 12, 'dog'),
  ]);

  const claims: Claim[] = [
    {
      id: 'c1',
      label: 'Microsoft — investment — France',
      status: 'conflict',
      code: 'conflict',
      mentions: [
        mentionOf(fr, '4,3 milliards de dollars'),
        mentionOf(fr2, '4 milliards d’euros'),
        mentionOf(fr2, '4 milliards d’euros', 1),
        mentionOf(it, '4 mld di dollari'),
      ],
    },
    {
      id: 'c2',
      label: 'Microsoft — startups — France — 2027',
      status: 'agree',
      mentions: [mentionOf(fr, '2 500 startups'), mentionOf(fr2, '2 500 start-ups'), mentionOf(it, '2.500 startup')],
    },
    {
      id: 'c3',
      label: 'Microsoft — investment — Germany',
      status: 'conflict',
      code: 'conflict-in-article',
      mentions: [mentionOf(de, "3.2 milliards d'euros"), mentionOf(de, 'un milliard de dollars')],
    },
    { id: 'c4', label: 'dogs', status: 'single', mentions: [mentionOf(lonely, '12 dogs')] },
  ];
  const itFigure = mentionOf(it, '4 mld di dollari');
  const diagnostics: Diagnostic[] = [
    {
      ...itFigure,
      severity: 'warning',
      code: 'conflict',
      message: 'USD 4 bn here',
      related: [{ ...mentionOf(fr, '4,3 milliards de dollars'), message: 'USD 4.3 bn' }],
      claim: 'c1',
    },
    {
      ...mentionOf(de, 'un milliard de dollars'),
      severity: 'warning',
      code: 'conflict-in-article',
      message: 'USD 1 bn',
      related: [],
      claim: 'c3',
    },
    {
      ...mentionOf(lonely, '12 dogs'),
      severity: 'hint',
      code: 'unreadable-figure',
      message: 'not a conflict',
      related: [],
    },
  ];
  return { documents: [fr, fr2, it, de, lonely], claims, diagnostics, claimOfFigure: new Map() };
}

/** One source whose text is hostile: HTML, table breakers, bidi controls and spreadsheet formulas. */
export function hostile(): WorkspaceResult {
  const evil = '=HYPERLINK("http://x")|<script>alert(1)</script>\n</td></tr>\u202Egnp.exe';
  const a = doc(
    'evil/<img src=x onerror=alert(1)>.txt',
    'en',
    '2024-01-01',
    `${evil}\nThey paid 5 | 6 <b>million</b> dollars.`,
    (t) => [fig('5 | 6 <b>million</b> dollars', t, 'money', 5_500_000, 'USD', { range: [5_000_000, 6_000_000] })],
  );
  const b = doc('evil/b.txt', 'en', null, '@SUM(A1)\nThey paid -7 million\u2066 dollars.', (t) => [
    fig('-7 million\u2066 dollars', t, 'money', -7_000_000, 'USD'),
  ]);
  return {
    documents: [a, b],
    claims: [
      {
        id: 'x1',
        label: '+cmd|\' /C calc\'!A0 —\r\npayment "quoted"',
        status: 'conflict',
        code: 'conflict-scale',
        mentions: [mentionOf(a, '5 | 6 <b>million</b> dollars'), mentionOf(b, '-7 million\u2066 dollars')],
      },
    ],
    diagnostics: [],
    claimOfFigure: new Map(),
  };
}

// A number without a noun that is the subject of a role verb said right after it (dying, being hurt, going missing,
// being evacuated, rescued, arrested, taken to hospital) counts people
// (rule `casualtySubject` in figures/extract.ts, `casualtyAfter` in vocab/roles.ts, with the generated casualty verbs):
// "Mindst 135 er omkommet" is 135 deaths, "ventisei sono state ferite" 26 people (docs/conflict-rules.md, "Outbreak
// units"). Without a casualty word right after it such a number still counts nothing of its own. Sentences follow
// real reports of disasters in the eleven languages.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const cases: PatternCase[] = [
  {
    lang: 'da',
    text: 'Mindst 135 er omkommet, og ikke under 5000 er kommet til skade.',
    phrase: '135',
    value: 135,
    unit: 'death',
  },
  {
    lang: 'da',
    text: 'Mindst 135 er omkommet, og ikke under 5000 er kommet til skade.',
    phrase: '5000',
    value: 5000,
    unit: 'person',
  },
  { lang: 'da', text: 'Mindst 50 er dræbt i ulykken.', phrase: '50', value: 50, unit: 'death' },
  { lang: 'nb', text: 'Minst 50 omkom i togulykken, og over 800 er skadet.', phrase: '50', value: 50, unit: 'death' },
  {
    lang: 'nb',
    text: 'Minst 50 omkom i togulykken, og over 800 er skadet.',
    phrase: '800',
    value: 800,
    unit: 'person',
  },
  { lang: 'sv', text: 'Minst 40 har omkommit i branden.', phrase: '40', value: 40, unit: 'death' },
  { lang: 'de', text: 'Mindestens 37 starben bei dem Unglück.', phrase: '37', value: 37, unit: 'death' },
  { lang: 'de', text: 'Bis Sonntag waren 16 verletzt worden.', phrase: '16', value: 16, unit: 'person' },
  { lang: 'nl', text: 'Minstens 14 kwamen om het leven bij de ramp.', phrase: '14', value: 14, unit: 'death' },
  { lang: 'en', text: 'At least 40 died in the fire.', phrase: '40', value: 40, unit: 'death' },
  { lang: 'en', text: 'At least 288 were killed and 1,000 injured.', phrase: '288', value: 288, unit: 'death' },
  { lang: 'fr', text: "Au moins 22 sont morts dans l'incendie.", phrase: '22', value: 22, unit: 'death' },
  {
    lang: 'it',
    text: 'Due persone sono morte, ventisei sono state ferite.',
    phrase: 'ventisei',
    value: 26,
    unit: 'person',
  },
  { lang: 'it', text: 'Almeno 60 sono morti nel naufragio.', phrase: '60', value: 60, unit: 'death' },
  { lang: 'es', text: 'Al menos 62 murieron en el incendio.', phrase: '62', value: 62, unit: 'death' },
  { lang: 'pt', text: 'Pelo menos 64 morreram no incêndio.', phrase: '64', value: 64, unit: 'death' },
  { lang: 'pl', text: 'Co najmniej 39 zginęło w katastrofie.', phrase: '39', value: 39, unit: 'death' },
  // no casualty word right after the number: it counts nothing of its own
  { lang: 'en', text: 'Police said 12 were arrested on Sunday.', phrase: '12', value: 12, unit: 'person' },
  { lang: 'en', text: 'The shop said 12 were sold on Sunday.', phrase: '12', none: true },
  { lang: 'de', text: 'Bis 2030 sollen 40 gebaut werden.', phrase: '40', none: true },
  { lang: 'it', text: 'Gli arrestati sono 12, hanno detto i carabinieri.', phrase: 'hanno', none: true },
];

describe('patterns: a number without a noun whose verb says its people died or were hurt', () => patternSuite(cases));

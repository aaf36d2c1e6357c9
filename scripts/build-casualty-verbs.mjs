#!/usr/bin/env node
// Builds src/core/lang/generated/casualty-verbs.ts: every written form of the verbs that say what befell the people
// a count counts, in the eleven languages: they died or were killed, were injured, went missing, were evacuated,
// rescued, arrested or taken to hospital. A count of people whose clause says they died counts deaths
// (docs/conflict-rules.md, "Outbreak units": deaths take `death`), whatever noun it names ("2.012 personnes",
// "1014 osób", "4000 personer"); any other role is the count's role (Figure.role: the injured and the missing of one
// disaster are two facts, each one fact across languages); src/core/vocab/roles.ts reads the clause.
//
//   npm run build:casualty-verbs     (about 2 s; needs Debian's Hunspell dictionaries, none of them at run time)
//
// Sources:
// - The verbs (infinitives): HAND-WRITTEN below. The wordnets of the open vocabulary (scripts/build-nouns.mjs) link
//   few of them to Princeton WordNet's die (00358431-v), kill (01323958-v) and injure (00069879-v): French has no
//   "mourir", Spanish no "morir", German no "sterben", Polish no "zginąć", Swedish no "omkomma" there, and their
//   other entries are idioms or other senses ("mancare", "andare", "finire" for Italian "die").
// - The forms: the Hunspell dictionaries an MIT extension can ship (the same as scripts/build-vocab.mjs: fr en es pt
//   nl da pl) conjugate each verb. Dutch and Danish give their weak forms only, and Italian, German, Swedish and
//   Norwegian have only GPL or LGPL dictionaries in Debian: their forms are written here (HAND-WRITTEN, the
//   standard conjugation of each verb: past, participles, present).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHunspell } from './vocab/hunspell.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/core/lang/generated/casualty-verbs.ts');
const HUNSPELL_DIR = process.env.HUNSPELL_DIR ?? '/usr/share/hunspell';
/** Dictionaries an MIT extension can ship (THIRD_PARTY_NOTICES.md), as in scripts/build-vocab.mjs. */
const DICTS = { fr: 'fr_FR', en: 'en_US', es: 'es_ES', pt: 'pt_PT', nl: 'nl_NL', da: 'da_DK', pl: 'pl_PL' };

/**
 * [infinitives conjugated by the dictionary, forms written out]: a life is a cue only in the phrase that loses it
 * ("perso la vita", "ums Leben gekommen") or in its definite Scandinavian form ("mistet livet", "kostede 61.672
 * mennesker livet"), never alone ("79 roku życia", "salieron con vida" are no deaths). `death` is dying and killing,
 * `injury` being hurt. Phrases are words joined by "_" ("ums_leben": "ums Leben gekommen"); a phrase matches consecutive words.
 */
const VERBS = {
  death: {
    fr: ['mourir décéder périr tuer succomber', 'coûté_la_vie perdu_la_vie perdent_la_vie trouvé_la_mort'],
    en: ['die perish kill drown', 'lost_their_lives lost_his_life lost_her_life lose_their_lives'],
    es: [
      'morir fallecer perecer matar',
      'perdido_la_vida perdieron_la_vida perdió_la_vida cobrado_la_vida costó_la_vida muerte muertes',
    ],
    // the noun of dying stands for the verb ("provocou a morte de 5.300 pessoas", "causó la muerte de 200 personas"),
    // as French "mort" and Italian "morte" already do (forms of their verbs' participles)
    pt: ['morrer falecer perecer matar', 'perderam_a_vida perdeu_a_vida perdido_a_vida custou_a_vida morte mortes'],
    nl: [
      'sterven overlijden omkomen doden',
      'stierf stierven gestorven overleed overleden kwam_om kwamen_om omgekomen gedood doodde doodden om_het_leven het_leven_gekost',
    ],
    da: ['dø omkomme dræbe', 'døde død omkom omkommet omkomne dræbt dræbte livet'],
    pl: [
      'zginąć ginąć umrzeć umierać zemrzeć zabić zabijać',
      'nie_żyje nie_żyją straciło_życie stracili_życie straciły_życie',
    ],
    de: [
      '',
      'sterben stirbt sterbe starb starben gestorben getötet tötete töteten töten umgekommen ums_leben verstorben verstarb verstarben',
    ],
    it: [
      '',
      'morire muore muoiono morì morirono morto morti morta morte deceduto deceduti deceduta decedute uccidere uccide uccidono uccise uccisero ucciso uccisi uccisa perito periti perirono perso_la_vita persero_la_vita costato_la_vita',
    ],
    sv: [
      '',
      'dö dör dog dött omkomma omkommer omkom omkommit omkomna omkommen dödades dödats dödad dödade avled avlidit avlidna livet',
    ],
    nb: ['', 'dø dør døde dødd omkomme omkommer omkom omkommet omkomne drept drepte drepes livet'],
  },
  injured: {
    fr: ['blesser', ''],
    en: ['injure wound hurt', ''],
    es: ['herir lesionar', ''],
    pt: ['ferir', ''],
    nl: ['verwonden', 'gewond raakten raakte'],
    da: ['såre kvæste', 'såret sårede kvæstet kvæstede'],
    pl: ['ranić zranić', 'ranne ranni rannych'],
    de: ['', 'verletzt verletzte verletzten verwundet verwundete verwundeten'],
    it: ['', 'ferire ferito feriti ferita ferite ferendo'],
    sv: ['', 'skadades skadats skadad skadade skadas'],
    nb: ['', 'skadet skadd skadde skades'],
  },
  // the roles below are HAND-WRITTEN like the two above (the verbs any dictionary of the language has for the
  // role, conjugated by Hunspell where an MIT extension may ship the dictionary, written out elsewhere); none was
  // taken from a dev story. Phrases only where the role is said by a fixed phrase ("unaccounted for", "tratti in
  // salvo", "portati in ospedale").
  missing: {
    fr: ['disparaître', ''],
    en: ['disappear', 'disappeared unaccounted_for'],
    es: ['desaparecer', ''],
    pt: ['desaparecer', ''],
    nl: ['vermissen', 'vermist vermiste vermisten'],
    da: ['savne forsvinde', 'savnet savnede forsvundet forsvundne'],
    pl: ['zaginąć', 'zaginęło zaginęła zaginęli zaginione zaginionych'],
    de: ['', 'vermisst vermisste vermissten verschollen verschollene verschollenen'],
    it: ['', 'disperso dispersi dispersa disperse scomparso scomparsi scomparsa scomparse'],
    sv: ['', 'saknas saknad saknade försvunnen försvunna försvann'],
    nb: ['', 'savnet savnes savnede forsvunnet forsvant forsvunne'],
  },
  // evacuated, displaced, made homeless: one role, the people who had to leave their homes (languages cut it
  // differently: "sfollati" is both evacuated and displaced, "damnificados" both homeless and affected)
  evacuee: {
    fr: ['évacuer reloger', ''],
    en: ['evacuate', ''],
    es: ['evacuar desalojar', ''],
    pt: ['evacuar desalojar', ''],
    nl: ['evacueren', 'geëvacueerd geëvacueerde geëvacueerden'],
    da: ['evakuere', 'evakueret evakuerede'],
    pl: ['ewakuować', ''],
    de: ['', 'evakuiert evakuierte evakuierten evakuieren'],
    it: ['', 'evacuato evacuati evacuata evacuate evacuare'],
    sv: ['', 'evakuera evakueras evakuerades evakuerats evakuerad evakuerade'],
    nb: ['', 'evakuere evakueres evakuert evakuerte'],
  },
  // rescued alive and survivors: one role (a shipwreck's survivors are the people rescued)
  survivor: {
    fr: ['secourir sauver', ''],
    en: ['rescue', ''],
    es: ['rescatar', ''],
    pt: ['resgatar socorrer', ''],
    nl: ['redden', 'gered geredde'],
    da: ['redde', 'reddet reddede'],
    pl: ['uratować ocalić', ''],
    de: ['', 'gerettet gerettete geretteten rettete retteten'],
    it: ['', 'salvato salvati salvata salvate soccorso soccorsi tratti_in_salvo tratte_in_salvo'],
    sv: ['', 'räddad räddade räddades räddats'],
    nb: ['', 'reddet reddede reddes'],
  },
  arrested: {
    fr: ['arrêter interpeller', ''],
    en: ['arrest detain', ''],
    es: ['detener arrestar', ''],
    pt: ['deter prender', ''],
    nl: ['arresteren', 'gearresteerd gearresteerde gearresteerden aangehouden'],
    da: ['anholde arrestere', 'anholdt anholdte'],
    pl: ['aresztować zatrzymać', ''],
    de: ['', 'festgenommen festgenommene festgenommenen verhaftet verhaftete verhafteten'],
    it: ['', 'arrestato arrestati arrestata arrestate arrestare fermato fermati fermata fermate'],
    sv: ['', 'gripen gripna greps gripits anhållen anhållna anhölls arresterad arresterade arresterades'],
    nb: ['', 'pågrepet pågrepne pågripes arrestert arresterte arresteres'],
  },
  hospitalised: {
    fr: ['hospitaliser', ''],
    en: ['hospitalize', 'hospitalise hospitalised hospitalises'],
    es: ['hospitalizar', ''],
    pt: ['hospitalizar internar', ''],
    nl: ['', 'ziekenhuis_opgenomen'],
    da: ['indlægge', 'indlagt indlagte'],
    pl: ['hospitalizować', ''],
    de: ['', 'hospitalisiert hospitalisierte hospitalisierten eingeliefert'],
    it: ['', 'ricoverato ricoverati ricoverata ricoverate ospedalizzato ospedalizzati'],
    sv: ['', 'inlagd inlagda sjukhusvårdas sjukhusvårdade'],
    nb: ['', 'innlagt innlagte'],
  },
};
/** The roles, in the order of the generated type. */
const ROLES = Object.keys(VERBS);

const dicts = new Map();
function conjugate(lang, verb) {
  if (!DICTS[lang]) return [verb];
  if (!dicts.has(lang)) dicts.set(lang, loadHunspell(join(HUNSPELL_DIR, DICTS[lang])));
  const forms = dicts.get(lang).forms(verb);
  // a verb the dictionary lacks ("zemrzeć") still matches as written
  return forms.length ? forms : [verb];
}

const out = {};
const counts = [];
for (const [role, langs] of Object.entries(VERBS)) {
  out[role] = {};
  for (const [lang, [conjugated, written]] of Object.entries(langs)) {
    const forms = new Set();
    for (const v of conjugated.split(' ').filter(Boolean))
      for (const f of conjugate(lang, v)) forms.add(f.toLowerCase());
    for (const f of written.split(' ').filter(Boolean)) forms.add(f.toLowerCase());
    // a possessive or an adjective the dictionary derives ("killer's", "perishable") is no verb of the clause
    for (const f of [...forms]) if (f.includes("'") || (/able$|ables$|ers?$/.test(f) && lang === 'en')) forms.delete(f);
    out[role][lang] = [...forms].sort().join(' ');
    counts.push(`${role} ${lang} ${forms.size}`);
  }
}
const body =
  `// GENERATED by scripts/build-casualty-verbs.mjs (npm run build:casualty-verbs) — do not edit by hand.\n` +
  `// Written forms of the verbs that say what befell the people a count counts (their role: died, injured, missing,\n` +
  `// evacuated, rescued, arrested, hospitalised), space-separated, lower case;\n` +
  `// "_" joins the words of a phrase. Forms from the Hunspell dictionaries of fr en es pt nl da pl (licences in\n` +
  `// THIRD_PARTY_NOTICES.md; the MPL-covered forms of fr es pt da stay under their MPL in this file), the rest\n` +
  `// written in the build script.\n` +
  `export type CasualtyRole = ${ROLES.map((r) => `'${r}'`).join(' | ')};\n` +
  `export const CASUALTY_VERBS: Record<CasualtyRole, Record<string, string>> = ${JSON.stringify(out, null, 2)};\n`;
writeFileSync(OUT, body);
console.log(counts.join('; '));

/**
 * The server's user-visible strings (hover card, quick fixes, progress), in the eleven languages of the articles:
 * English, French, German, Italian and Spanish here, Portuguese, Dutch, Swedish, Norwegian Bokmål, Danish and Polish
 * in ./l10n (one module each). The client's
 * strings go through vscode.l10n; the server has no `vscode`, so it picks its table from the locale the client
 * sends in `initialize` (falling back to English, and to the English string for any missing key).
 * `why`: the templates of the reviewer's sentences (src/core/report/phrases.ts), complete in every table.
 */
import { ENGLISH } from '../core/report/phrases';
import { da } from './l10n/da';
import { nb } from './l10n/nb';
import { nl } from './l10n/nl';
import { pl } from './l10n/pl';
import { pt } from './l10n/pt';
import { sv } from './l10n/sv';

const en = {
  claim: 'Claim',
  noClaim: 'No other source states this figure.',
  stillReading: 'Other sources: still reading {0} of {1} files…',
  stillComparing: 'Other sources: comparing claims across sources…',
  inBase: 'In {0}',
  rate: '1 {0} = {1} {2}, ECB reference rate of {3}',
  noRate: 'No exchange rate for {0} on that date.',
  checked: 'Checked by a reviewer: its conflict is suppressed.',
  roleApart: 'this figure stands apart',
  roleConsensus: 'this figure agrees with the majority',
  roleDisputed: 'no majority: every value is in dispute',
  verdict: { agree: 'agree', approximate: 'approximate', conflict: 'conflict', single: 'single source' },
  openSource: 'Open {0} (line {1}): {2}',
  showMentions: 'Show all mentions of this claim',
  more: '…and {0} more: show all mentions',
  markChecked: 'Mark as checked: {0}',
  resolveClaim: 'Resolve this claim: which side is right?…',
  ignoreFigure: 'Ignore this figure: {0}',
  scanTitle: 'Crosscheck: checking articles',
  scanProgress: '{0} of {1} files',
  comparing: 'comparing claims across sources…',
  scanCancelled:
    'Crosscheck stopped the scan: {0} of {1} files checked. Run “Crosscheck: Re-check Workspace” to finish it.',
  tooLarge: 'Not checked: the file is larger than crosscheck.files.maxSizeKB ({0} KB).',
  relatedFallback: 'Other sources: {0}',
  reviewInvalid:
    'Crosscheck cannot read the review file {0}: {1}. It is left as it is and none of its decisions apply until it is fixed.',
  reviewWriteFailed: 'Crosscheck did not record the decision: {0}',
  openReviewFile: 'Open review file',
  checkFailed:
    'Crosscheck could not compare the sources ({0}). Figures are still shown; the comparison is retried when an article changes.',
  why: ENGLISH,
};

export type Messages = typeof en;

const fr: Messages = {
  claim: 'Affirmation',
  noClaim: 'Aucune autre source ne donne ce chiffre.',
  stillReading: 'Autres sources : lecture en cours, {0} fichiers sur {1}…',
  stillComparing: 'Autres sources : comparaison des affirmations en cours…',
  inBase: 'En {0}',
  rate: '1 {0} = {1} {2}, taux de référence BCE du {3}',
  noRate: 'Pas de taux de change pour {0} à cette date.',
  checked: 'Vérifié par un relecteur : son conflit est masqué.',
  roleApart: 'ce chiffre se démarque',
  roleConsensus: 'ce chiffre concorde avec la majorité',
  roleDisputed: 'pas de majorité : chaque valeur est contestée',
  verdict: { agree: 'concordant', approximate: 'approché', conflict: 'conflit', single: 'source unique' },
  openSource: 'Ouvrir {0} (ligne {1}) : {2}',
  showMentions: 'Afficher toutes les mentions de cette affirmation',
  more: '…et {0} de plus : afficher toutes les mentions',
  markChecked: 'Marquer comme vérifié : {0}',
  resolveClaim: 'Trancher cette affirmation : qui a raison ?…',
  ignoreFigure: 'Ignorer ce chiffre : {0}',
  scanTitle: 'Crosscheck : vérification des articles',
  scanProgress: '{0} fichiers sur {1}',
  comparing: 'comparaison des affirmations entre sources…',
  scanCancelled:
    'Crosscheck a arrêté l’analyse : {0} fichiers sur {1} vérifiés. Lancez « Crosscheck : Revérifier l’espace de travail » pour la terminer.',
  tooLarge: 'Non vérifié : le fichier dépasse crosscheck.files.maxSizeKB ({0} Ko).',
  relatedFallback: 'Autres sources : {0}',
  reviewInvalid:
    'Crosscheck ne peut pas lire le fichier de relecture {0} : {1}. Il est laissé tel quel et aucune de ses décisions ne s’applique avant sa correction.',
  reviewWriteFailed: 'Crosscheck n’a pas enregistré la décision : {0}',
  openReviewFile: 'Ouvrir le fichier de relecture',
  checkFailed:
    'Crosscheck n’a pas pu comparer les sources ({0}). Les chiffres restent affichés ; la comparaison sera relancée à la prochaine modification d’un article.',
  why: {
    says: '{0} indique {1}',
    saysTimes: '{0} indique {1} à {2} reprises',
    elsewhere: 'ailleurs {0}',
    agree: '{0} sources concordent : {1}',
    agreeWithin: '{0} sources concordent dans les tolérances : {1}',
    agreeOn: '{0} sources s’accordent sur {1}',
    sourcesSay: '{0} sources indiquent {1}',
    noMajority: 'Pas de majorité : {0}',
    moreDiffer: { one: '{0} autre diverge', other: '{0} autres divergent' },
    otherDates: 'les sources lui donnent des dates différentes',
    otherPredicate: 'une autre source donne le même nombre pour autre chose',
    otherFigure: 'un autre chiffre la contredit',
    notes: '{0} ({1})',
    noteSeparator: ', ',
    separator: ' ; ',
    agreesHere: '{0} ici concorde avec {1} ; se démarque : {2}',
    theMajority: 'la majorité',
    otherSources: { one: '{0} autre source', other: '{0} autres sources' },
    apartHere: '{0} ici se démarque : {1}',
    disputedHere: '{0} ici ; pas de majorité : {1}',
    plotConsensus: 'Consensus {0} ({1} sources) ; se démarque : {2}.',
    plotAllAgree: 'Toutes les sources concordent : {0}.',
    plotNoMajority: 'Pas de majorité : {0}.',
    atLeast: 'au moins {0}',
    atMost: 'jusqu’à {0}',
    about: 'environ {0}',
    nearly: 'près de {0}',
    inTime: 'en {0}',
    onDay: 'le {0}',
    byTime: 'd’ici {0}',
    unreadableValue: 'illisible',
    hereOthers: '{0} ici ; {1}',
    elsewhereSays: 'ailleurs, cet article indique {0}',
    otherSourcesSay: { one: '{0} autre source indique {1}', other: '{0} autres sources indiquent {1}' },
    otherSourcesAndHereSay: {
      one: '{0} autre source et cet article indiquent {1}',
      other: '{0} autres sources et cet article indiquent {1}',
    },
    mentionsOf: { one: '{1} ({0} mention)', other: '{1} ({0} mentions)' },
    otherValues: { one: 'et {0} autre valeur', other: 'et {0} autres valeurs' },
    updateOlder: '{0} ici, un article plus ancien',
    updateLatest: '{0} ici, l’article le plus récent',
    earlierReports: 'articles antérieurs : {0}',
    laterReports: 'articles ultérieurs : {0}',
    undated: 'non daté',
    unreadable: '« {0} » ne se lit pas comme un nombre ; vérifiez la source',
  },
};

const de: Messages = {
  claim: 'Aussage',
  noClaim: 'Keine andere Quelle nennt diese Zahl.',
  stillReading: 'Andere Quellen: {0} von {1} Dateien gelesen…',
  stillComparing: 'Andere Quellen: Aussagen werden verglichen…',
  inBase: 'In {0}',
  rate: '1 {0} = {1} {2}, EZB-Referenzkurs vom {3}',
  noRate: 'Kein Wechselkurs für {0} an diesem Datum.',
  checked: 'Von einer Prüferin oder einem Prüfer geprüft: der Widerspruch wird ausgeblendet.',
  roleApart: 'diese Zahl weicht ab',
  roleConsensus: 'diese Zahl stimmt mit der Mehrheit überein',
  roleDisputed: 'keine Mehrheit: jeder Wert ist umstritten',
  verdict: { agree: 'übereinstimmend', approximate: 'ungefähr', conflict: 'Widerspruch', single: 'einzelne Quelle' },
  openSource: '{0} öffnen (Zeile {1}): {2}',
  showMentions: 'Alle Erwähnungen dieser Aussage anzeigen',
  more: '…und {0} weitere: alle Erwähnungen anzeigen',
  markChecked: 'Als geprüft markieren: {0}',
  resolveClaim: 'Diese Aussage entscheiden: wer hat recht?…',
  ignoreFigure: 'Diese Zahl ignorieren: {0}',
  scanTitle: 'Crosscheck: Artikel werden geprüft',
  scanProgress: '{0} von {1} Dateien',
  comparing: 'Aussagen werden quellenübergreifend verglichen…',
  scanCancelled:
    'Crosscheck hat die Prüfung angehalten: {0} von {1} Dateien geprüft. Mit „Crosscheck: Arbeitsbereich erneut prüfen“ wird sie abgeschlossen.',
  tooLarge: 'Nicht geprüft: die Datei ist größer als crosscheck.files.maxSizeKB ({0} KB).',
  relatedFallback: 'Andere Quellen: {0}',
  reviewInvalid:
    'Crosscheck kann die Prüfdatei {0} nicht lesen: {1}. Sie bleibt unverändert, und keine ihrer Entscheidungen gilt, bis sie korrigiert ist.',
  reviewWriteFailed: 'Crosscheck hat die Entscheidung nicht gespeichert: {0}',
  openReviewFile: 'Prüfdatei öffnen',
  checkFailed:
    'Crosscheck konnte die Quellen nicht vergleichen ({0}). Die Zahlen bleiben sichtbar; der Vergleich wird bei der nächsten Änderung eines Artikels wiederholt.',
  why: {
    says: '{0} nennt {1}',
    saysTimes: '{0} nennt {2}-mal {1}',
    elsewhere: 'an anderer Stelle {0}',
    agree: '{0} Quellen stimmen überein: {1}',
    agreeWithin: '{0} Quellen stimmen im Rahmen der Toleranz überein: {1}',
    agreeOn: '{0} Quellen nennen übereinstimmend {1}',
    sourcesSay: '{0} Quellen nennen {1}',
    noMajority: 'Keine Mehrheit: {0}',
    moreDiffer: { one: '{0} weitere weicht ab', other: '{0} weitere weichen ab' },
    otherDates: 'die Quellen nennen dafür verschiedene Daten',
    otherPredicate: 'eine andere Quelle nennt dieselbe Zahl für etwas anderes',
    otherFigure: 'eine andere Zahl widerspricht ihr',
    notes: '{0} ({1})',
    noteSeparator: ', ',
    separator: '; ',
    agreesHere: '{0} stimmt hier mit {1} überein; weicht ab: {2}',
    theMajority: 'der Mehrheit',
    otherSources: { one: '{0} anderen Quelle', other: '{0} anderen Quellen' },
    apartHere: '{0} weicht hier ab: {1}',
    disputedHere: '{0} hier; keine Mehrheit: {1}',
    plotConsensus: 'Konsens {0} ({1} Quellen); weicht ab: {2}.',
    plotAllAgree: 'Alle Quellen stimmen überein: {0}.',
    plotNoMajority: 'Keine Mehrheit: {0}.',
    atLeast: 'mindestens {0}',
    atMost: 'bis zu {0}',
    about: 'etwa {0}',
    nearly: 'fast {0}',
    inTime: '{0}',
    onDay: 'am {0}',
    byTime: 'bis {0}',
    unreadableValue: 'unlesbar',
    hereOthers: '{0} hier; {1}',
    elsewhereSays: 'an anderer Stelle nennt dieser Artikel {0}',
    otherSourcesSay: { one: '{0} andere Quelle nennt {1}', other: '{0} andere Quellen nennen {1}' },
    otherSourcesAndHereSay: {
      one: '{0} andere Quelle und dieser Artikel nennen {1}',
      other: '{0} andere Quellen und dieser Artikel nennen {1}',
    },
    mentionsOf: { one: '{1} ({0} Erwähnung)', other: '{1} ({0} Erwähnungen)' },
    otherValues: { one: 'und {0} weiterer Wert', other: 'und {0} weitere Werte' },
    updateOlder: '{0} hier, ein älterer Bericht',
    updateLatest: '{0} hier, der neueste Bericht',
    earlierReports: 'frühere Berichte: {0}',
    laterReports: 'spätere Berichte: {0}',
    undated: 'undatiert',
    unreadable: '„{0}“ ist als Zahl nicht lesbar; bitte die Quelle prüfen',
  },
};

const it: Messages = {
  claim: 'Affermazione',
  noClaim: 'Nessun’altra fonte riporta questa cifra.',
  stillReading: 'Altre fonti: lettura in corso, {0} file su {1}…',
  stillComparing: 'Altre fonti: confronto delle affermazioni in corso…',
  inBase: 'In {0}',
  rate: '1 {0} = {1} {2}, tasso di riferimento BCE del {3}',
  noRate: 'Nessun tasso di cambio per {0} in quella data.',
  checked: 'Verificata da un revisore: la sua contraddizione è nascosta.',
  roleApart: 'questa cifra si discosta',
  roleConsensus: 'questa cifra concorda con la maggioranza',
  roleDisputed: 'nessuna maggioranza: ogni valore è contestato',
  verdict: { agree: 'concordi', approximate: 'approssimativo', conflict: 'contraddizione', single: 'fonte unica' },
  openSource: 'Apri {0} (riga {1}): {2}',
  showMentions: 'Mostra tutte le menzioni di questa affermazione',
  more: '…e altre {0}: mostra tutte le menzioni',
  markChecked: 'Segna come verificata: {0}',
  resolveClaim: 'Risolvi questa affermazione: chi ha ragione?…',
  ignoreFigure: 'Ignora questa cifra: {0}',
  scanTitle: 'Crosscheck: verifica degli articoli',
  scanProgress: '{0} file su {1}',
  comparing: 'confronto delle affermazioni tra le fonti…',
  scanCancelled:
    'Crosscheck ha interrotto la verifica: {0} file su {1} verificati. Esegui «Crosscheck: Verifica di nuovo l’area di lavoro» per completarla.',
  tooLarge: 'Non verificato: il file supera crosscheck.files.maxSizeKB ({0} KB).',
  relatedFallback: 'Altre fonti: {0}',
  reviewInvalid:
    'Crosscheck non riesce a leggere il file di revisione {0}: {1}. Resta com’è e nessuna delle sue decisioni si applica finché non viene corretto.',
  reviewWriteFailed: 'Crosscheck non ha registrato la decisione: {0}',
  openReviewFile: 'Apri il file di revisione',
  checkFailed:
    'Crosscheck non è riuscito a confrontare le fonti ({0}). Le cifre restano visibili; il confronto verrà ripetuto alla prossima modifica di un articolo.',
  why: {
    says: '{0} riporta {1}',
    saysTimes: '{0} riporta {1} {2} volte',
    elsewhere: 'altrove {0}',
    agree: '{0} fonti concordano: {1}',
    agreeWithin: '{0} fonti concordano entro le tolleranze: {1}',
    agreeOn: '{0} fonti concordano su {1}',
    sourcesSay: '{0} fonti riportano {1}',
    noMajority: 'Nessuna maggioranza: {0}',
    moreDiffer: { one: '{0} altra diverge', other: '{0} altre divergono' },
    otherDates: 'le fonti le attribuiscono date diverse',
    otherPredicate: 'un’altra fonte riporta lo stesso numero per qualcos’altro',
    otherFigure: 'un’altra cifra la contraddice',
    notes: '{0} ({1})',
    noteSeparator: ', ',
    separator: '; ',
    agreesHere: '{0} qui concorda con {1}; si discosta: {2}',
    theMajority: 'la maggioranza',
    otherSources: { one: '{0} altra fonte', other: '{0} altre fonti' },
    apartHere: '{0} qui si discosta: {1}',
    disputedHere: '{0} qui; nessuna maggioranza: {1}',
    plotConsensus: 'Consenso {0} ({1} fonti); si discosta: {2}.',
    plotAllAgree: 'Tutte le fonti concordano: {0}.',
    plotNoMajority: 'Nessuna maggioranza: {0}.',
    atLeast: 'almeno {0}',
    atMost: 'fino a {0}',
    about: 'circa {0}',
    nearly: 'quasi {0}',
    inTime: 'nel {0}',
    onDay: 'il {0}',
    byTime: 'entro il {0}',
    unreadableValue: 'illeggibile',
    hereOthers: '{0} qui; {1}',
    elsewhereSays: 'altrove questo articolo riporta {0}',
    otherSourcesSay: { one: '{0} altra fonte riporta {1}', other: '{0} altre fonti riportano {1}' },
    otherSourcesAndHereSay: {
      one: '{0} altra fonte e questo articolo riportano {1}',
      other: '{0} altre fonti e questo articolo riportano {1}',
    },
    mentionsOf: { one: '{1} ({0} menzione)', other: '{1} ({0} menzioni)' },
    otherValues: { one: 'e {0} altro valore', other: 'e altri {0} valori' },
    updateOlder: '{0} qui, un articolo precedente',
    updateLatest: '{0} qui, l’articolo più recente',
    earlierReports: 'articoli precedenti: {0}',
    laterReports: 'articoli successivi: {0}',
    undated: 'senza data',
    unreadable: '«{0}» non si legge come numero; verificare la fonte',
  },
};

const es: Messages = {
  claim: 'Afirmación',
  noClaim: 'Ninguna otra fuente da esta cifra.',
  stillReading: 'Otras fuentes: leyendo, {0} de {1} archivos…',
  stillComparing: 'Otras fuentes: comparando afirmaciones…',
  inBase: 'En {0}',
  rate: '1 {0} = {1} {2}, tipo de referencia del BCE del {3}',
  noRate: 'No hay tipo de cambio para {0} en esa fecha.',
  checked: 'Comprobada por un revisor: su contradicción queda oculta.',
  roleApart: 'esta cifra se aparta',
  roleConsensus: 'esta cifra coincide con la mayoría',
  roleDisputed: 'sin mayoría: cada valor está en disputa',
  verdict: { agree: 'coinciden', approximate: 'aproximado', conflict: 'contradicción', single: 'fuente única' },
  openSource: 'Abrir {0} (línea {1}): {2}',
  showMentions: 'Mostrar todas las menciones de esta afirmación',
  more: '…y {0} más: mostrar todas las menciones',
  markChecked: 'Marcar como comprobada: {0}',
  resolveClaim: 'Resolver esta afirmación: ¿quién tiene razón?…',
  ignoreFigure: 'Ignorar esta cifra: {0}',
  scanTitle: 'Crosscheck: comprobando artículos',
  scanProgress: '{0} de {1} archivos',
  comparing: 'comparando afirmaciones entre fuentes…',
  scanCancelled:
    'Crosscheck detuvo la comprobación: {0} de {1} archivos comprobados. Ejecute «Crosscheck: Volver a comprobar el espacio de trabajo» para terminarla.',
  tooLarge: 'No comprobado: el archivo supera crosscheck.files.maxSizeKB ({0} KB).',
  relatedFallback: 'Otras fuentes: {0}',
  reviewInvalid:
    'Crosscheck no puede leer el archivo de revisión {0}: {1}. Se deja como está y ninguna de sus decisiones se aplica hasta que se corrija.',
  reviewWriteFailed: 'Crosscheck no registró la decisión: {0}',
  openReviewFile: 'Abrir el archivo de revisión',
  checkFailed:
    'Crosscheck no pudo comparar las fuentes ({0}). Las cifras siguen visibles; la comparación se repetirá cuando cambie un artículo.',
  why: {
    says: '{0} indica {1}',
    saysTimes: '{0} indica {1} {2} veces',
    elsewhere: 'en otro lugar {0}',
    agree: '{0} fuentes coinciden: {1}',
    agreeWithin: '{0} fuentes coinciden dentro de las tolerancias: {1}',
    agreeOn: '{0} fuentes coinciden en {1}',
    sourcesSay: '{0} fuentes indican {1}',
    noMajority: 'Sin mayoría: {0}',
    moreDiffer: { one: '{0} más difiere', other: '{0} más difieren' },
    otherDates: 'las fuentes le dan fechas distintas',
    otherPredicate: 'otra fuente da el mismo número para otra cosa',
    otherFigure: 'otra cifra la contradice',
    notes: '{0} ({1})',
    noteSeparator: ', ',
    separator: '; ',
    agreesHere: '{0} aquí coincide con {1}; se aparta: {2}',
    theMajority: 'la mayoría',
    otherSources: { one: '{0} fuente más', other: '{0} fuentes más' },
    apartHere: '{0} aquí se aparta: {1}',
    disputedHere: '{0} aquí; sin mayoría: {1}',
    plotConsensus: 'Consenso {0} ({1} fuentes); se aparta: {2}.',
    plotAllAgree: 'Todas las fuentes coinciden: {0}.',
    plotNoMajority: 'Sin mayoría: {0}.',
    atLeast: 'al menos {0}',
    atMost: 'hasta {0}',
    about: 'alrededor de {0}',
    nearly: 'casi {0}',
    inTime: 'en {0}',
    onDay: 'el {0}',
    byTime: 'para {0}',
    unreadableValue: 'ilegible',
    hereOthers: '{0} aquí; {1}',
    elsewhereSays: 'en otra parte este artículo indica {0}',
    otherSourcesSay: { one: '{0} otra fuente indica {1}', other: '{0} otras fuentes indican {1}' },
    otherSourcesAndHereSay: {
      one: '{0} otra fuente y este artículo indican {1}',
      other: '{0} otras fuentes y este artículo indican {1}',
    },
    mentionsOf: { one: '{1} ({0} mención)', other: '{1} ({0} menciones)' },
    otherValues: { one: 'y {0} valor más', other: 'y {0} valores más' },
    updateOlder: '{0} aquí, un artículo anterior',
    updateLatest: '{0} aquí, el artículo más reciente',
    earlierReports: 'artículos anteriores: {0}',
    laterReports: 'artículos posteriores: {0}',
    undated: 'sin fecha',
    unreadable: '«{0}» no se puede leer como número; compruebe la fuente',
  },
};

/** The tables by language subtag; a locale such as `de-CH` or `pt-br` falls back to its language, then English. */
const tables: Readonly<Record<string, Messages>> = { en, fr, de, it, es, pt, nl, sv, nb, da, pl };

/**
 * Language subtags that read another table: Norwegian as `no` (the macrolanguage, which a language pack or the OS
 * may send) and Nynorsk, whose readers read Bokmål (`Intl` formats `no` as `nb`).
 */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

let current: Messages = en;

let currentLocale = 'en';

export function setLocale(locale: string | undefined): void {
  const subtag = locale?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const language = ALIASES[subtag] ?? subtag;
  current = tables[language] ?? en;
  currentLocale = tables[language] ? language : 'en';
}

/**
 * The locale of numbers and currency names in the reviewer's sentences: the language of the table in use, so the
 * numbers follow the sentence ("4,3 milliards" in French, never inside an English sentence).
 */
export function messagesLocale(): string {
  return currentLocale;
}

/** Every shipped table, by language (for the tests that keep them complete). */
export function messageTables(): Readonly<Record<string, Messages>> {
  return tables;
}

export function messages(): Messages {
  return current;
}

/** "{0} of {1}" with its arguments. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) =>
    args[Number(i)] !== undefined ? String(args[Number(i)]) : m,
  );
}

/**
 * The server's user-visible strings (hover card, quick fixes, progress), in English and French. The client's
 * strings go through vscode.l10n; the server has no `vscode`, so it picks its table from the locale the client
 * sends in `initialize` (falling back to English, and to the English string for any missing key).
 */

const en = {
  claim: 'Claim',
  noClaim: 'No other source states this figure.',
  source: 'Source',
  states: 'States',
  normalized: 'Normalized',
  inBase: 'In {0}',
  rate: '1 {0} = {1} {2}, ECB reference rate of {3}',
  noRate: 'No exchange rate for {0} on that date.',
  checked: 'Checked by a reviewer: its conflict is suppressed.',
  verdict: { agree: 'agree', approximate: 'approximate', conflict: 'conflict', single: 'single source' },
  openSource: 'Open {0} (line {1}): {2}',
  showMentions: 'Show all mentions of this claim',
  more: '…and {0} more: show all mentions',
  markChecked: 'Mark as checked: {0}',
  ignoreFigure: 'Ignore this figure: {0}',
  scanTitle: 'Crosscheck: checking articles',
  scanProgress: '{0} of {1} files',
  comparing: 'comparing claims across sources…',
  scanCancelled: 'Crosscheck stopped the scan: {0} of {1} files checked. Run “Crosscheck: Re-check Workspace” to finish it.',
  tooLarge: 'Not checked: the file is larger than crosscheck.files.maxSizeKB ({0} KB).',
  relatedFallback: 'Other sources: {0}',
  reviewInvalid: 'Crosscheck cannot read the review file {0}: {1}. It is left as it is and none of its decisions apply until it is fixed.',
  reviewWriteFailed: 'Crosscheck did not record the decision: {0}',
  openReviewFile: 'Open review file',
  checkFailed: 'Crosscheck could not compare the sources ({0}). Figures are still shown; the comparison is retried when an article changes.',
};

type Messages = typeof en;

const fr: Messages = {
  claim: 'Affirmation',
  noClaim: 'Aucune autre source ne donne ce chiffre.',
  source: 'Source',
  states: 'Écrit',
  normalized: 'Normalisé',
  inBase: 'En {0}',
  rate: '1 {0} = {1} {2}, taux de référence BCE du {3}',
  noRate: 'Pas de taux de change pour {0} à cette date.',
  checked: 'Vérifié par un relecteur : son conflit est masqué.',
  verdict: { agree: 'concordant', approximate: 'approché', conflict: 'conflit', single: 'source unique' },
  openSource: 'Ouvrir {0} (ligne {1}) : {2}',
  showMentions: 'Afficher toutes les mentions de cette affirmation',
  more: '…et {0} de plus : afficher toutes les mentions',
  markChecked: 'Marquer comme vérifié : {0}',
  ignoreFigure: 'Ignorer ce chiffre : {0}',
  scanTitle: 'Crosscheck : vérification des articles',
  scanProgress: '{0} fichiers sur {1}',
  comparing: 'comparaison des affirmations entre sources…',
  scanCancelled: 'Crosscheck a arrêté l’analyse : {0} fichiers sur {1} vérifiés. Lancez « Crosscheck : Revérifier l’espace de travail » pour la terminer.',
  tooLarge: 'Non vérifié : le fichier dépasse crosscheck.files.maxSizeKB ({0} Ko).',
  relatedFallback: 'Autres sources : {0}',
  reviewInvalid: 'Crosscheck ne peut pas lire le fichier de relecture {0} : {1}. Il est laissé tel quel et aucune de ses décisions ne s’applique avant sa correction.',
  reviewWriteFailed: 'Crosscheck n’a pas enregistré la décision : {0}',
  openReviewFile: 'Ouvrir le fichier de relecture',
  checkFailed: 'Crosscheck n’a pas pu comparer les sources ({0}). Les chiffres restent affichés ; la comparaison sera relancée à la prochaine modification d’un article.',
};

let current: Messages = en;

export function setLocale(locale: string | undefined): void {
  current = locale?.toLowerCase().startsWith('fr') ? fr : en;
}

export function messages(): Messages {
  return current;
}

/** "{0} of {1}" with its arguments. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

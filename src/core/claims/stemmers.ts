// The module declarations first: without @types loaded before them (src/core/tsconfig.json: types []), tsc
// applies their wildcard only when they are read before this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./natural-stemmers.d.ts" />
/** natural's stemmer for each language that has one, imported by module path (never the package root). */
import type { LanguageCode } from '../types';
import de from 'natural/lib/natural/stemmers/porter_stemmer_de';
import en from 'natural/lib/natural/stemmers/porter_stemmer';
import es from 'natural/lib/natural/stemmers/porter_stemmer_es';
import fr from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import it from 'natural/lib/natural/stemmers/porter_stemmer_it';
import nl from 'natural/lib/natural/stemmers/porter_stemmer_nl';
import no from 'natural/lib/natural/stemmers/porter_stemmer_no';
import pt from 'natural/lib/natural/stemmers/porter_stemmer_pt';
import sv from 'natural/lib/natural/stemmers/porter_stemmer_sv';

const wrap =
  (s: { stem(w: string): string }) =>
  (w: string): string =>
    s.stem(w);

/** Danish uses the Norwegian stemmer (close enough for cue words); Polish has none and relies on "stem*" entries. */
export const STEMMERS: Partial<Record<LanguageCode, (w: string) => string>> = {
  de: wrap(de),
  en: wrap(en),
  es: wrap(es),
  fr: wrap(fr),
  it: wrap(it),
  nl: wrap(nl),
  nb: wrap(no),
  da: wrap(no),
  pt: wrap(pt),
  sv: wrap(sv),
};

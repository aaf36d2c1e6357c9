/** Every language's words for what an amount of money is of (concepts.ts), by language code. */
import type { LanguageCode } from '../../types';
import type { AmountWords } from './concepts';
import { DA } from './da';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NB } from './nb';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { SV } from './sv';

export const AMOUNT_WORDS: Record<LanguageCode, AmountWords> = {
  da: DA,
  de: DE,
  en: EN,
  es: ES,
  fr: FR,
  it: IT,
  nb: NB,
  nl: NL,
  pl: PL,
  pt: PT,
  sv: SV,
};

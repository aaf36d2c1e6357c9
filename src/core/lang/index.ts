/** The registry of supported languages. A new language is one module plus one line here. */
import type { LanguageCode } from '../types';
import type { LanguageData } from './types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nb } from './nb';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

export const LANGUAGES: readonly LanguageData[] = [fr, it, de, en, es, pt, nl, sv, nb, da, pl];

const byCode = new Map<string, LanguageData>(LANGUAGES.map((l) => [l.code, l]));

export function languageData(code: LanguageCode): LanguageData {
  const data = byCode.get(code);
  if (!data) throw new Error(`unsupported language: ${code}`);
  return data;
}

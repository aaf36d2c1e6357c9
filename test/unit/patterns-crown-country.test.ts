// A crown said without its country ("couronnes", "crowns", "koron", "Kronen") is the crown of the country the article
// names clearly more often than the other crown countries, when its sentence names none and no amount before says
// which; a Scandinavian paper's own "kroner" stays its own whatever country it reports on. Rows are written after
// reporting of Norway's oil-fund results, a Swedish carmaker's and a Danish shipper's results, a footballer's pay and a
// Czech budget. First run, before the mechanism (main 7b59767): 1 of the 8 positive rows (the Swedish one: SEK is
// English's default crown), the 4 guards passing.
import { describe } from 'node:test';
import { patternSuite, type PatternCase } from './pattern-helpers';

const NORWAY = {
  fr: "Le fonds souverain de la Norvège a publié ses comptes à Oslo. Sa valeur s'élevait à 12.429 milliards de couronnes.",
  en: "Norway's sovereign wealth fund reported its results in Oslo on Tuesday. It lost 1.637 billion crowns last year.",
  pl: 'Norweski fundusz emerytalny podał wyniki w Oslo. Fundusz stracił 1637 mld koron.',
  es: 'El fondo soberano de Noruega presentó sus cuentas en Oslo. Perdió 1,6 billones de coronas.',
  de: 'Norwegens Staatsfonds legte in Oslo seine Zahlen vor. Er verlor 1637 Milliarden Kronen.',
  it: 'Il fondo sovrano della Norvegia ha presentato i conti a Oslo. Ha perso 1637 miliardi di corone.',
  nl: 'Het Noorse staatsfonds maakte in Oslo de cijfers bekend. Het verloor 1637 miljard kronen.',
  pt: 'O fundo soberano da Noruega apresentou as contas em Oslo. Perdeu 1,6 bilião de coroas.',
};

const cases: PatternCase[] = [
  { lang: 'fr', text: NORWAY.fr, phrase: '12.429 milliards de couronnes', unit: 'NOK' },
  { lang: 'en', text: NORWAY.en, phrase: '1.637 billion crowns', unit: 'NOK' },
  { lang: 'pl', text: NORWAY.pl, phrase: '1637 mld koron', unit: 'NOK' },
  { lang: 'es', text: NORWAY.es, phrase: '1,6 billones de coronas', unit: 'NOK' },
  { lang: 'de', text: NORWAY.de, phrase: '1637 Milliarden Kronen', unit: 'NOK' },
  { lang: 'it', text: NORWAY.it, phrase: '1637 miliardi di corone', unit: 'NOK' },
  { lang: 'nl', text: NORWAY.nl, phrase: '1637 miljard kronen', unit: 'NOK' },
  {
    lang: 'en',
    text: 'Volvo Cars, based in Gothenburg in Sweden, cut costs. The Swedish carmaker earned 4.2 billion crowns.',
    phrase: '4.2 billion crowns',
    unit: 'SEK',
  },
  // guards: a Scandinavian paper's own crown; a country named once decides nothing; the sentence's country first
  {
    lang: 'da',
    text: 'Norge jubler: Haaland fra Norge skifter til Manchester City. Han tjener over 3,2 millioner kroner om ugen.',
    phrase: '3,2 millioner kroner',
    unit: 'DKK',
  },
  {
    lang: 'nb',
    text: 'Maersk i Danmark og København varsler kutt. Rederiet tjente 27 milliarder kroner.',
    phrase: '27 milliarder kroner',
    unit: 'NOK',
  },
  {
    lang: 'en',
    text: 'The company also sells in Norway. It earned 4.2 billion crowns.',
    phrase: '4.2 billion crowns',
    unit: 'SEK',
  },
  {
    lang: 'fr',
    text: 'Le fonds de la Norvège, basé à Oslo, a perdu gros. À Prague, le budget tchèque prévoit 300 milliards de couronnes.',
    phrase: '300 milliards de couronnes',
    unit: 'CZK',
  },
];

describe("patterns: a crown without its country is the article's country's", () => patternSuite(cases));

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../src/core/figures/language';

const corpus = join(__dirname, '..', 'gold', 'corpus');

describe('language detection', () => {
  it('tells the supported languages apart', () => {
    const samples: [string, string][] = [
      [
        'fr',
        'Microsoft a annoncé un investissement de 400 millions de dollars pour renforcer son infrastructure de cloud et d’intelligence artificielle en Suisse, où le groupe est présent depuis 36 ans.',
      ],
      [
        'it',
        'Microsoft destina 400 milioni di dollari a cloud e intelligenza artificiale in Svizzera, ampliando fra l’altro i centri esistenti nelle regioni di Ginevra e Zurigo.',
      ],
      [
        'de',
        'Für Cloud und Künstliche Intelligenz nimmt Microsoft in der Schweiz 400 Millionen US-Dollar in die Hand. Das meiste Geld geht in den Ausbau der bestehenden Rechenzentren.',
      ],
      [
        'en',
        'Switzerland is in line for $400 million of Microsoft spending on data centers, as the company grows its cloud and AI capacity there.',
      ],
      [
        'es',
        'Aragón, que gana peso como nodo europeo de la computación en la nube, recibirá una nueva inversión de Microsoft para levantar allí nuevos centros de datos.',
      ],
      [
        'pt',
        'Ao longo dos próximos 10 anos, a Microsoft pretende destinar 6,69 bilhões de euros a novos data centers em Aragão, no nordeste espanhol.',
      ],
      [
        'nl',
        'Google gaat 5 miljard euro investeren in België; met het geld wordt een datacenter in Saint-Ghislain groter gemaakt, meldt het bedrijf vanuit Sunnyvale.',
      ],
      [
        'sv',
        'Ett datacenter för artificiell intelligens i Strängnäs kan få upp till 95 miljarder kronor från kanadensiska Brookfield, enligt uppgifter i flera medier på onsdagen.',
      ],
      [
        'nb',
        'Ifølge Bloomberg, som viser til kilder, vurderer danske Ørsted en fortrinnsrettsemisjon på opp mot 5 milliarder euro for å bedre den finansielle stillingen. Kildene mener emisjonen kan lanseres i løpet av få uker, men understreker at det er usikkert om den blir gjennomført.',
      ],
      [
        'da',
        'I stedet for at sælge en andel af Sunrise Wind-projektet i USA vil Ørsted nu hente 60 mia. kr. hos aktionærerne, som får fortegningsret til de nye aktier. Salget kunne ifølge Ørsted ikke gennemføres på vilkår, der ville løfte økonomien nok.',
      ],
      [
        'pl',
        'W poniedziałek duński Ørsted poprosił akcjonariuszy, z państwem duńskim na czele, o dokapitalizowanie spółki kwotą 60 mld koron.',
      ],
    ];
    for (const [code, text] of samples) assert.equal(detectLanguage(text), code, text.slice(0, 40));
  });
  it('says "und" for a headline alone or an empty file', () => {
    assert.equal(detectLanguage('Google investeert 5 miljard'), 'und');
    assert.equal(detectLanguage(''), 'und');
    assert.equal(detectLanguage('12 345 678 — 2024'), 'und');
  });
  it('gets every article of the dev corpus (test/gold/corpus) right', () => {
    let articles = 0;
    for (const cluster of readdirSync(corpus)) {
      if (!cluster.includes('-')) continue;
      for (const file of readdirSync(join(corpus, cluster)).filter((f) => f.endsWith('.txt'))) {
        const code = file.split('-')[1];
        assert.equal(detectLanguage(readFileSync(join(corpus, cluster, file), 'utf8')), code, file);
        articles++;
      }
    }
    assert.ok(articles >= 100, `the corpus is in the repository (${articles} articles read)`);
  });
});

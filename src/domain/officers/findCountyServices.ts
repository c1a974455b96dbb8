import { normaliseSearchText, searchTerms } from '../shared/normaliseSearchText';
import type { ICountyService } from './types';

/** How many county services one topic shows at most: the best matches (a first letter finds most of them). */
export const MAX_COUNTY_MATCHES = 3;

export interface ICountyServiceGroup {
  /** The council that provides them, as Democratic Services wrote it. */
  council: string;
  services: ICountyService[];
}

interface ICountyText {
  name: string;
  keywords: string;
}

// Folded once per load of the list, not on every keystroke.
const folded = new WeakMap<readonly ICountyService[], Map<ICountyService, ICountyText>>();

function textsOf(services: readonly ICountyService[]): Map<ICountyService, ICountyText> {
  let texts = folded.get(services);
  if (!texts) {
    const fold = (parts: readonly string[]): string => ' ' + normaliseSearchText(parts.join(' | '));
    texts = new Map(services.map(s => [s, { name: fold([s.name]), keywords: fold(s.keywords) }]));
    folded.set(services, texts);
  }
  return texts;
}

/**
 * The rule the council's own services follow (findLiaisonOfficers): every word typed must
 * start a word of the name or the topics; the whole phrase as a topic counts most.
 */
function score(text: ICountyText, terms: readonly string[], phrase: string): number {
  let total = 0;
  for (const term of terms) {
    const needle = ' ' + term;
    if (!text.keywords.includes(needle) && !text.name.includes(needle)) return 0;
    total += 1;
  }
  return text.keywords.includes(' ' + phrase) || text.name.includes(' ' + phrase) ? total + 10 : total;
}

/**
 * The services another council provides that a topic is about ("pothole": the county's roads),
 * best first and at most MAX_COUNTY_MATCHES, grouped by council in the order their best
 * service ranks. An empty topic, or one with nothing searchable in it, finds none.
 */
export function findCountyServices(services: readonly ICountyService[], topic: string): ICountyServiceGroup[] {
  const terms = searchTerms(topic);
  if (!terms.length || !services.length) return [];
  const texts = textsOf(services);
  const phrase = terms.join(' ');
  const best = services
    .map(service => ({ service, score: score(texts.get(service)!, terms, phrase) }))
    .filter(m => m.score > 0)
    .sort((a, b) => (b.score - a.score) || a.service.name.localeCompare(b.service.name, 'en-GB'))
    .slice(0, MAX_COUNTY_MATCHES);
  const groups: ICountyServiceGroup[] = [];
  for (const { service } of best) {
    const group = groups.find(g => g.council === service.council);
    if (group) group.services.push(service);
    else groups.push({ council: service.council, services: [service] });
  }
  return groups;
}

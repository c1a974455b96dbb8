import { normaliseSearchText, searchTerms } from '../shared/normaliseSearchText';
import { bySurnameOfficer } from './reviewStatus';
import type { IDirectorate, IOfficer, IOfficerDirectoryData, IPersonRef, IService } from './types';

export type EscalationRole = 'headOfService' | 'director' | 'chiefExecutive';

export interface IEscalationStep {
  role: EscalationRole;
  person: IPersonRef;
}

/** One service's answer to "who is my liaison officer?". */
export interface IServiceLiaison {
  service: IService;
  directorate?: IDirectorate;
  /** Lead liaison officers, the one to contact first first (see `contactFirst`). */
  leads: IOfficer[];
  deputy?: IOfficer;
  /** Protocol 003: Head of Service, then Director, then the Chief Executive, as the lists name them. */
  escalation: IEscalationStep[];
}

export interface ILiaisonQuery {
  serviceId?: number;
  directorateId?: number;
  topic: string;
}

/** Head of Service → Director → Chief Executive, skipping whoever the lists leave blank or repeat. */
export function escalationPath(service: IService, directorate: IDirectorate | undefined, chiefExecutive: IPersonRef | undefined): IEscalationStep[] {
  const steps: IEscalationStep[] = [];
  const add = (role: EscalationRole, person: IPersonRef | undefined): void => {
    if (person && !steps.some(s => s.person.userId === person.userId)) steps.push({ role, person });
  };
  add('headOfService', service.headOfService);
  add('director', directorate?.director);
  add('chiefExecutive', chiefExecutive);
  return steps;
}

/**
 * Which of a service's equal liaison officers a member should contact first: one who works
 * in the service, then one who covers fewest other services (it is most of their job), then
 * one whose profile was reviewed most recently (most likely still right), then A–Z.
 */
function contactFirst(service: IService): (a: IOfficer, b: IOfficer) => number {
  return (a, b) => (Number(b.serviceId === service.id) - Number(a.serviceId === service.id))
    || (a.cloServiceIds.length - b.cloServiceIds.length)
    || (b.lastReviewed ?? '').localeCompare(a.lastReviewed ?? '')
    || bySurnameOfficer(a, b);
}

/** A service's liaison officers, lead(s) and deputy, resolved from the liaison officers' rows. */
export function liaisonFor(service: IService, data: IOfficerDirectoryData, directorates: ReadonlyMap<number, IDirectorate>): IServiceLiaison {
  const covering = data.liaisonOfficers.filter(o => o.cloServiceIds.includes(service.id));
  const deputy = service.deputyCloUserId === undefined ? undefined : covering.find(o => o.accountId === service.deputyCloUserId);
  const leads = covering.filter(o => o !== deputy).sort(contactFirst(service));
  const directorate = service.directorateId === undefined ? undefined : directorates.get(service.directorateId);
  return { service, directorate, leads, deputy, escalation: escalationPath(service, directorate, data.chiefExecutive) };
}

interface IServiceText {
  name: string;
  keywords: string;
  description: string;
  profiles: string;
}

function serviceText(service: IService, liaisonOfficers: readonly IOfficer[]): IServiceText {
  const fold = (parts: Array<string | undefined>): string => ' ' + normaliseSearchText(parts.filter(Boolean).join(' | '));
  return {
    name: fold([service.name]),
    keywords: fold(service.keywords),
    description: fold([service.description]),
    profiles: fold(liaisonOfficers.filter(o => o.cloServiceIds.includes(service.id)).map(o => o.cloProfile))
  };
}

/**
 * How well a service matches a topic: every word must start a word in its name, keywords,
 * description or its liaison officers' profiles; a whole keyword phrase ("planning appeal")
 * or the service name counts most.
 */
function topicScore(text: IServiceText, terms: readonly string[], phrase: string): number {
  let score = 0;
  for (const term of terms) {
    const needle = ' ' + term;
    const best = text.name.includes(needle) ? 4 : text.keywords.includes(needle) ? 4
      : text.description.includes(needle) ? 2 : text.profiles.includes(needle) ? 1 : 0;
    if (!best) return 0;
    score += best;
  }
  if (terms.length > 1 && (text.keywords.includes(' ' + phrase) || text.name.includes(' ' + phrase))) score += 10;
  return score;
}

interface IPreparedServices {
  texts: Map<number, IServiceText>;
  liaisons: Map<number, IServiceLiaison>;
}

/**
 * Each service's folded text and resolved liaison officers, worked out once per load of the
 * directory: a keystroke in the Topic box then only compares words (folding every liaison
 * profile on every key cost more than the search).
 */
const prepared = new WeakMap<IOfficerDirectoryData, IPreparedServices>();

function prepare(data: IOfficerDirectoryData): IPreparedServices {
  let ready = prepared.get(data);
  if (!ready) {
    const directorates = new Map(data.directorates.map(d => [d.id, d]));
    ready = {
      texts: new Map(data.services.map(s => [s.id, serviceText(s, data.liaisonOfficers)])),
      liaisons: new Map(data.services.map(s => [s.id, liaisonFor(s, data, directorates)]))
    };
    prepared.set(data, ready);
  }
  return ready;
}

/**
 * The services a member is asking about, best match first, each with its liaison officers
 * and escalation path. No service, directorate or topic → every service, by directorate.
 */
export function findLiaisonOfficers(data: IOfficerDirectoryData, query: ILiaisonQuery): IServiceLiaison[] {
  const { texts, liaisons } = prepare(data);
  let services = data.services;
  if (query.serviceId !== undefined) services = services.filter(s => s.id === query.serviceId);
  if (query.directorateId !== undefined) services = services.filter(s => s.directorateId === query.directorateId);
  const terms = searchTerms(query.topic);
  // Text with nothing searchable in it ("%", "#") matches no service rather than every one.
  if (!terms.length && query.topic.trim()) return [];
  if (!terms.length) {
    const directorateOrder = new Map(data.directorates.map((d, i) => [d.id, i]));
    return [...services]
      .sort((a, b) => ((directorateOrder.get(a.directorateId ?? -1) ?? 999) - (directorateOrder.get(b.directorateId ?? -1) ?? 999))
        || a.name.localeCompare(b.name, 'en-GB'))
      .map(s => liaisons.get(s.id)!);
  }
  const phrase = terms.join(' ');
  return services
    .map(service => ({ service, score: topicScore(texts.get(service.id)!, terms, phrase) }))
    .filter(x => x.score > 0)
    .sort((a, b) => (b.score - a.score) || a.service.name.localeCompare(b.service.name, 'en-GB'))
    .map(x => liaisons.get(x.service.id)!);
}

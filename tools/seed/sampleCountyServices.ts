import { COUNTY_COUNCIL } from './councilFacts';
import type { SeedRow } from './seedTypes';

/**
 * What Loamshire County Council does for Bramblecombe's residents (the county's half of
 * two-tier local government), for the officer directory's "not this council" answer. Web
 * addresses use a reserved .example name and phone numbers Ofcom's drama range (01632
 * 960xxx), like the rest of the sample, so nothing links to or rings a real council.
 */
const COUNTY_SITE = 'https://www.loamshire.example';
const COUNTY_MAIL_DOMAIN = 'loamshire.example';

interface ICountyServiceFact {
  title: string;
  keywords: readonly string[];
  path: string;
  phone?: string;
  mailbox?: string;
  notes?: string;
}

export const COUNTY_SERVICE_FACTS: readonly ICountyServiceFact[] = [
  { title: 'Roads and pavements', keywords: ['pothole', 'potholes', 'roads', 'pavements', 'street lights', 'gritting', 'road works', 'highways', 'drains', 'traffic lights'],
    path: '/roads-and-transport/report-a-road-problem', phone: '01632 960101', mailbox: 'highways',
    notes: 'Members have a highways enquiry line: quote your division or ward. A dangerous defect is reported by phone at any hour.' },
  { title: 'Schools and school places', keywords: ['school place', 'school places', 'school admissions', 'admissions', 'school appeals', 'school transport', 'free school meals', 'SEND', 'EHCP'],
    path: '/schools-and-learning/school-admissions', phone: '01632 960102', mailbox: 'admissions' },
  { title: 'Adult social care', keywords: ['social care', 'adult social care', 'care homes', 'home care', 'carers', 'care assessment', 'safeguarding adults', 'blue badge'],
    path: '/social-care-and-health/adult-social-care', phone: '01632 960103', mailbox: 'adult.care',
    notes: 'A concern that an adult is at risk is reported by phone straight away, not by email.' },
  { title: 'Children\u2019s services', keywords: ['children\u2019s social care', 'children\u2019s services', 'fostering', 'adoption', 'child protection', 'safeguarding children', 'early help', 'youth services'],
    path: '/children-and-families', phone: '01632 960104', mailbox: 'children.services',
    notes: 'A concern that a child is at risk is reported by phone straight away; out of hours, call the emergency duty team on the same number.' },
  { title: 'Libraries', keywords: ['libraries', 'library', 'mobile library', 'library opening hours'],
    path: '/libraries', phone: '01632 960105', mailbox: 'libraries' },
  { title: 'Waste disposal and household recycling centres', keywords: ['tip', 'tips', 'household waste recycling centre', 'recycling centre', 'HWRC', 'waste disposal'],
    path: '/waste-and-recycling/household-recycling-centres', phone: '01632 960106',
    notes: 'Bins, collections and fly-tipping are this council\u2019s: see Waste and Recycling and Street Cleansing.' },
  { title: 'Trading standards', keywords: ['trading standards', 'scams', 'rogue traders', 'doorstep crime', 'counterfeit goods', 'underage sales'],
    path: '/business-and-consumers/trading-standards', phone: '01632 960107', mailbox: 'trading.standards' },
  { title: 'Public rights of way', keywords: ['rights of way', 'footpaths', 'bridleways', 'stiles', 'public footpath'],
    path: '/countryside/public-rights-of-way', mailbox: 'rights.of.way' },
  { title: 'Public health', keywords: ['public health', 'stop smoking', 'sexual health', 'drug and alcohol services'],
    path: '/social-care-and-health/public-health', mailbox: 'public.health' },
  { title: 'Flood risk and drainage', keywords: ['flooding', 'flood risk', 'surface water', 'sandbags'],
    path: '/environment/flooding', phone: '01632 960108', mailbox: 'flood.risk',
    notes: 'Rivers and main watercourses are the Environment Agency\u2019s; the county is the lead local flood authority.' }
];

/** The sample council's County services list. */
export function sampleCountyServiceRows(): SeedRow<'countyServices'>[] {
  return COUNTY_SERVICE_FACTS.map((fact, i) => ({
    Id: i + 1,
    Title: fact.title,
    CountyKeywords: fact.keywords.join(', '),
    HandledBy: COUNTY_COUNCIL,
    ContactPage: { Url: `${COUNTY_SITE}${fact.path}`, Description: fact.title },
    ContactPhone: fact.phone ?? null,
    ContactEmail: fact.mailbox ? `${fact.mailbox}@${COUNTY_MAIL_DOMAIN}` : null,
    ServiceNotes: fact.notes ?? null
  }));
}

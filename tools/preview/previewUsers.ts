import type { ISeedData } from '../seed/seedTypes';

/** Who the preview signs in as until the switcher says otherwise: an officer, the web parts' main audience. */
export function previewDefaultUserId(seed: ISeedData): number {
  const officer = seed.users.find(u => u.groups.includes('Hub Officers') && !u.groups.includes('Hub Directors'));
  const fallback = seed.users[0];
  if (!officer && !fallback) throw new Error('The seed has no users to sign in as');
  return (officer ?? fallback).id;
}

/**
 * The council's SharePoint site owner (a site collection administrator), so the preview
 * can show the Hub administration page to someone allowed to use it. Added after every
 * seeded person, so no other id moves.
 */
export function withSiteOwner(seed: ISeedData): ISeedData {
  const id = Math.max(0, ...seed.users.map(u => u.id)) + 1;
  const email = 'sam.okafor@bramblecombe.example';
  return {
    ...seed,
    users: [...seed.users, { id, title: 'Sam Okafor', email, loginName: `i:0#.f|membership|${email}`, groups: [], isSiteAdmin: true }]
  };
}

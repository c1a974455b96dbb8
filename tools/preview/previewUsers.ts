import type { ISeedData } from '../seed/seedTypes';

/** Who the preview signs in as until the switcher says otherwise: an officer, the web parts' main audience. */
export function previewDefaultUserId(seed: ISeedData): number {
  const officer = seed.users.find(u => u.groups.includes('Hub Officers') && !u.groups.includes('Hub Directors'));
  const fallback = seed.users[0];
  if (!officer && !fallback) throw new Error('The seed has no users to sign in as');
  return (officer ?? fallback).id;
}

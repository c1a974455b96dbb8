import type { HubGroup } from '../../src/schema/fieldTypes';
import type { ISeedUser } from './seedTypes';
import { SEED_EMAIL_DOMAIN, claimsLoginName, emailLocalPart, type IPersonName } from './councilNames';

/**
 * Hands out user ids in creation order (1, 2, 3 …) and keeps emails unique: a second
 * John Smith becomes john.smith2@…, as a tenant would do it.
 */
export class SeedUserRegistry {
  public readonly users: ISeedUser[] = [];
  private readonly emails = new Set<string>();

  public add(name: IPersonName, emailPrefix: string, groups: HubGroup[]): ISeedUser {
    const base = `${emailPrefix}${emailLocalPart(name.first)}.${emailLocalPart(name.surname)}`;
    let local = base;
    for (let n = 2; this.emails.has(local); n++) local = `${base}${n}`;
    this.emails.add(local);
    const email = `${local}@${SEED_EMAIL_DOMAIN}`;
    const user: ISeedUser = {
      id: this.users.length + 1,
      loginName: claimsLoginName(email),
      title: `${name.first} ${name.surname}`,
      email,
      groups
    };
    this.users.push(user);
    return user;
  }
}

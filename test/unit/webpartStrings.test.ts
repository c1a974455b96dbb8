import { readFileSync } from 'fs';
import { join } from 'path';
import * as memberStrings from 'MemberDirectoryWebPartStrings';
import * as officerStrings from 'OfficerDirectoryWebPartStrings';
import * as visitStrings from 'VisitRequestWebPartStrings';
import * as adminStrings from 'HubAdministrationWebPartStrings';

const src = join(__dirname, '..', '..', 'src');

/** The keys a declaration file promises: `Name: string;` lines (SPFx's loc typing). */
function declaredKeys(file: string): string[] {
  return Array.from(readFileSync(file, 'utf8').matchAll(/^\s+(\w+): string;$/gm), m => m[1]);
}

const sharedKeys = declaredKeys(join(src, 'common', 'hubPropertyPane.ts'));

describe('web part strings', () => {
  it.each([
    ['memberDirectory', memberStrings],
    ['officerDirectory', officerStrings],
    ['visitRequest', visitStrings],
    ['hubAdministration', adminStrings]
  ])('gives %s every string its declaration promises, none empty and none undeclared', (folder, strings) => {
    const loaded = strings as unknown as Record<string, unknown>;
    const values = Object.keys(loaded).filter(k => k !== 'default' && k !== '__esModule');
    const declared = [...sharedKeys, ...declaredKeys(join(src, 'webparts', folder, 'loc', 'mystrings.d.ts'))];
    expect(values.sort()).toEqual([...new Set(declared)].sort());
    for (const key of values) expect(String(loaded[key]).trim()).not.toBe('');
  });
});

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

/** The shared string groups (common/webpart/hubStrings.ts) a declaration intersects, by interface name. */
function sharedKeysUsedBy(declaration: string): string[] {
  const shared = readFileSync(join(src, 'common', 'webpart', 'hubStrings.ts'), 'utf8');
  const used = Array.from(readFileSync(declaration, 'utf8').matchAll(/hubStrings'\)\.(\w+)/g), m => m[1]);
  return used.flatMap(name => {
    const body = new RegExp(`interface ${name} \\{([^}]*)\\}`).exec(shared)?.[1] ?? '';
    return Array.from(body.matchAll(/^\s+(\w+): string;$/gm), m => m[1]);
  });
}

describe('web part strings', () => {
  it.each([
    ['memberDirectory', memberStrings],
    ['officerDirectory', officerStrings],
    ['visitRequest', visitStrings],
    ['hubAdministration', adminStrings]
  ])('gives %s every string its declaration promises, none empty and none undeclared', (folder, strings) => {
    const loaded = strings as unknown as Record<string, unknown>;
    const values = Object.keys(loaded).filter(k => k !== 'default' && k !== '__esModule');
    const declaration = join(src, 'webparts', folder, 'loc', 'mystrings.d.ts');
    const shared = sharedKeysUsedBy(declaration);
    expect(shared).toContain('SiteUrlFieldLabel');
    const declared = [...shared, ...declaredKeys(declaration)];
    expect(values.sort()).toEqual([...new Set(declared)].sort());
    for (const key of values) expect(String(loaded[key]).trim()).not.toBe('');
  });
});

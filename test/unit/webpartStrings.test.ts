import { readdirSync, readFileSync } from 'fs';
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

/** Every exported interface under src by name: its own `Name: string;` keys and what it extends. */
function stringInterfaces(): Map<string, { keys: string[]; extendsNames: string[] }> {
  const found = new Map<string, { keys: string[]; extendsNames: string[] }>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/export interface (\w+)(?: extends ([\w, ]+))? \{([\s\S]*?)\n\}/g)) {
          found.set(m[1], {
            keys: Array.from(m[3].matchAll(/^\s+(\w+): string;$/gm), k => k[1]),
            extendsNames: (m[2] ?? '').split(',').map(n => n.trim()).filter(Boolean)
          });
        }
      }
    }
  };
  walk(src);
  return found;
}

/**
 * The string groups a declaration intersects (`import('…').IName`), declared once in the
 * code that uses them (common/webpart/hubStrings.ts, the visit rules and service), with
 * the groups they extend.
 */
function sharedKeysUsedBy(declaration: string): string[] {
  const interfaces = stringInterfaces();
  const keysOf = (name: string): string[] => {
    const found = interfaces.get(name);
    if (!found) throw new Error(`${declaration} intersects ${name}, which no file under src exports`);
    return [...found.keys, ...found.extendsNames.flatMap(keysOf)];
  };
  const used = Array.from(readFileSync(declaration, 'utf8').matchAll(/import\('[^']+'\)\.(\w+)/g), m => m[1]);
  return used.flatMap(keysOf);
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

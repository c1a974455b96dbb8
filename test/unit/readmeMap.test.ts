import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

/**
 * README's "Where things are" is the map a newcomer reads first, so it must stay true:
 * every path it names exists, every top-level folder of src/, tools/ and test/ is on it,
 * the feature folders of the layered floors are all named, and every docs/ page it links
 * to is there.
 */
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = text.indexOf('\n## ', start + 1);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

const map = section(readme, 'Where things are');
const isDir = (relative: string): boolean => existsSync(join(root, relative)) && statSync(join(root, relative)).isDirectory();
const subfolders = (relative: string): string[] =>
  readdirSync(join(root, relative), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name);
const backticked = (text: string): string[] => Array.from(text.matchAll(/`([^`]+)`/g), m => m[1]);

/** The map's table: the folder in the first column, the backticked names in the second. */
interface IMapRow { folder: string; names: string[] }
const rows: IMapRow[] = map.split('\n')
  .map(line => /^\| `([^`]+)` \| (.*) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(m => ({ folder: m[1].replace(/\/$/, ''), names: backticked(m[2]) }));

/** Repository paths named anywhere in the section, the picture included (`src/x`, `tools/`, `test/y/`). */
const repoPaths = Array.from(new Set(Array.from(
  map.matchAll(/(?:^|[\s`(])((?:src|tools|test|sharepoint|config|docs)\/[\w./-]*)/gm), m => m[1].replace(/[/.]+$/, ''))));

/** A name written relative to its row: a folder (`members/`) or a file (`sp.ts`). */
const isRelativeName = (name: string): boolean => /^[\w-]+\/$/.test(name) || /^[\w-]+(\.[\w-]+)+$/.test(name);

describe("README's map of the repository", () => {
  it('has a table row per folder', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('names only paths that exist', () => {
    const missing = repoPaths.filter(p => !existsSync(join(root, p)));
    expect(missing).toEqual([]);
  });

  it('names only folders and files that exist where its row says', () => {
    // A name is in the row's folder (`src/data`: `sp.ts`) or in each of its subfolders
    // (`src/webparts`: every web part has `components/` and `loc/`).
    const isThere = (folder: string, name: string): boolean => existsSync(join(root, folder, name))
      || (isDir(folder) && subfolders(folder).length > 0 && subfolders(folder).every(sub => existsSync(join(root, folder, sub, name))));
    const missing = rows.flatMap(({ folder, names }) => names
      .filter(isRelativeName)
      .filter(name => !isThere(folder, name))
      .map(name => `${folder}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('lists every top-level folder of src/, tools/ and test/', () => {
    const onMap = new Set(rows.map(r => r.folder));
    const absent = ['src', 'tools', 'test']
      .flatMap(top => subfolders(top).map(name => `${top}/${name}`))
      .filter(folder => !onMap.has(folder));
    expect(absent).toEqual([]);
  });

  it('names every feature folder of the schema, domain, data and web part floors', () => {
    const unnamed = ['src/schema', 'src/domain', 'src/data', 'src/webparts'].flatMap(floor => {
      const row = rows.find(r => r.folder === floor);
      if (!row) return [`${floor} (no row)`];
      return subfolders(floor).filter(name => !row.names.includes(`${name}/`)).map(name => `${floor}/${name}`);
    });
    expect(unnamed).toEqual([]);
  });

  it('links only to docs pages that exist', () => {
    const links = Array.from(readme.matchAll(/\]\((docs\/[^)#\s]*)(?:#[^)]*)?\)/g), m => m[1]);
    expect(links.length).toBeGreaterThan(0);
    const broken = links.filter(link => (link.endsWith('/') ? !isDir(link) : !existsSync(join(root, link))));
    expect(broken).toEqual([]);
  });

  it('has docs pages whose links to each other resolve', () => {
    const broken = readdirSync(join(root, 'docs')).filter(name => name.endsWith('.md')).flatMap(page =>
      Array.from(readFileSync(join(root, 'docs', page), 'utf8').matchAll(/\]\(([\w./-]+\.md)(?:#[^)]*)?\)/g), m => m[1])
        .filter(link => !existsSync(join(root, 'docs', link)))
        .map(link => `${page} → ${link}`));
    expect(broken).toEqual([]);
  });
});

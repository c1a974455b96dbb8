import { ALL_LISTS } from '../../src/schema/lists';
import type { FieldDef, ListKey } from '../../src/schema/fieldTypes';
import type { ISeedData } from '../../tools/seed/seedTypes';

/** The key a field is stored under in a row (the runtime twin of rows.ts's RawKey). */
export function rawKey(field: FieldDef): string {
  return field.kind === 'lookup' || field.kind === 'multiLookup' || field.kind === 'user' ? `${field.name}Id` : field.name;
}

const SEED_ONLY_KEYS = ['Id', 'Title', 'AuthorId', 'Created'];

/**
 * Every way a seeded row can disagree with the schema, as readable sentences (empty when
 * all is well), so a failing test says which row and field is wrong.
 */
export function schemaProblems(seed: ISeedData): string[] {
  const problems: string[] = [];
  const userIds = new Set(seed.users.map(u => u.id));
  const idsByList = new Map<ListKey, Set<number>>(
    ALL_LISTS.map(l => [l.key, new Set((seed.rows[l.key] as { Id: number }[]).map(r => r.Id))])
  );
  for (const list of ALL_LISTS) {
    const rows = seed.rows[list.key] as unknown as Record<string, unknown>[];
    const fields = new Map(list.fields.map(f => [rawKey(f), f]));
    rows.forEach((row, index) => {
      const where = `${list.key} #${String(row.Id)}`;
      if (row.Id !== index + 1) problems.push(`${where}: Id should be ${index + 1}`);
      if (typeof row.Title !== 'string' || row.Title.trim() === '') problems.push(`${where}: no Title`);
      if (row.AuthorId !== undefined && !userIds.has(row.AuthorId as number)) problems.push(`${where}: AuthorId ${String(row.AuthorId)} is no user`);
      for (const key of Object.keys(row)) {
        if (!fields.has(key) && !SEED_ONLY_KEYS.includes(key) && key !== 'Edits') problems.push(`${where}: ${key} is not a field of ${list.key}`);
      }
      // Later edits (new versions) must hold only fields of the list too, by a real user, after creation.
      for (const edit of (row.Edits ?? []) as { EditorId: number; Modified: string; values: Record<string, unknown> }[]) {
        if (!userIds.has(edit.EditorId)) problems.push(`${where}: an edit by ${String(edit.EditorId)}, who is no user`);
        if (typeof row.Created === 'string' && Date.parse(edit.Modified) <= Date.parse(row.Created)) problems.push(`${where}: an edit before the item was created`);
        for (const [key, value] of Object.entries(edit.values)) {
          const field = fields.get(key);
          if (!field) { if (key !== 'Title') problems.push(`${where}: edit sets ${key}, not a field of ${list.key}`); continue; }
          if (value === null || value === undefined) continue;
          const problem = valueProblem(field, value, userIds, idsByList);
          if (problem) problems.push(`${where}: edit's ${key} ${problem}`);
        }
      }
      for (const [key, field] of fields) {
        const value = row[key];
        const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
        if (empty) {
          if (field.required) problems.push(`${where}: required ${key} is empty`);
          continue;
        }
        const problem = valueProblem(field, value, userIds, idsByList);
        if (problem) problems.push(`${where}: ${key} ${problem}`);
      }
    });
  }
  return problems;
}

function valueProblem(field: FieldDef, value: unknown, userIds: Set<number>, idsByList: Map<ListKey, Set<number>>): string | undefined {
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return 'is not text';
      return field.maxLength !== undefined && value.length > field.maxLength ? `is longer than ${field.maxLength}` : undefined;
    case 'note':
      return typeof value === 'string' ? undefined : 'is not text';
    case 'choice':
      return field.choices.includes(value as string) ? undefined : `"${String(value)}" is not one of the choices`;
    case 'multiChoice': {
      if (!Array.isArray(value)) return 'is not a list of choices';
      const unknown = value.filter(v => !field.choices.includes(v as string));
      if (unknown.some(v => typeof v !== 'string' || v.trim() === '')) return 'has an empty value';
      return unknown.length > 0 && !field.fillIn ? `has values that are not choices: ${unknown.join(', ')}` : undefined;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'is not a number';
      if (field.min !== undefined && value < field.min) return `is below ${field.min}`;
      return field.max !== undefined && value > field.max ? `is above ${field.max}` : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'is not true or false';
    case 'dateTime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined : `"${String(value)}" is not an ISO date`;
    case 'lookup':
      return idsByList.get(field.target)!.has(value as number) ? undefined : `${String(value)} is not an item of ${field.target}`;
    case 'multiLookup': {
      if (!Array.isArray(value)) return 'is not a list of ids';
      const missing = value.filter(v => !idsByList.get(field.target)!.has(v as number));
      return missing.length > 0 ? `${missing.join(', ')} are not items of ${field.target}` : undefined;
    }
    case 'user':
      return userIds.has(value as number) ? undefined : `${String(value)} is not a user`;
    case 'url': {
      const url = value as { Url?: unknown; Description?: unknown };
      return typeof url.Url === 'string' && url.Url !== '' && typeof url.Description === 'string' ? undefined : 'is not a URL value';
    }
  }
}

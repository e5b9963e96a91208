export interface DescribedField {
  key: string;
  label: string;
  value: string;
}

const HIDDEN = /(^id$|_id$|_ids$|^token)/;

export function humanize(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function display(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value).toLocaleDateString() : value;
  }
  return null;
}

/** The simple (number, text, yes/no) fields of an object as label/value pairs; ids and nested data are left out. */
export function describeFields(record: Record<string, unknown>): DescribedField[] {
  return Object.entries(record).flatMap(([key, raw]) => {
    if (HIDDEN.test(key)) return [];
    const value = display(raw);
    return value === null ? [] : [{ key, label: humanize(key), value }];
  });
}

/** The list-valued fields of an object (matches, seasons, rank history…), each as an array of records. */
export function describeLists(record: Record<string, unknown>): { key: string; label: string; items: Record<string, unknown>[] }[] {
  return Object.entries(record).flatMap(([key, raw]) => {
    if (!Array.isArray(raw)) return [];
    const items = raw.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
    return [{ key, label: humanize(key), items }];
  });
}

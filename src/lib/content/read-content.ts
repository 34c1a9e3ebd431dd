/**
 * Reads the editorial files of `content/` that the extractor needs: people, places and
 * organisations, and label overrides. Each is optional; each mistake is a problem with file,
 * line and fix. The editors' pages (content/pages/) are only checked: Astro reads them.
 */
import { join, relative } from 'node:path';
import { problems, type Problem } from '../problems.ts';
import { checkInputFile, listInputFolder, readTextInput } from '../read-input.ts';
import { claimLabelsSchema, type ClaimLabels } from '../schemas/claim-labels.ts';
import { entitiesFileSchema, peopleFileSchema, type EntityEntry, type PersonEntry } from '../schemas/people.ts';
import { linksFileSchema, type EditorialLink } from '../schemas/links.ts';
import { parseYamlWithSchema } from '../yaml-input.ts';

export interface EditorialContent {
  people: PersonEntry[];
  entities: EntityEntry[];
  labels: ClaimLabels;
  links: EditorialLink[];
  problems: Problem[];
}

export const CONTENT_FILES = {
  people: 'people.yaml',
  entities: 'entities.yaml',
  labels: 'claim-labels.yaml',
  links: 'links.yaml',
  reviews: 'reviews',
  pages: 'pages',
} as const;

export function readEditorialContent(dir: string, root = process.cwd()): EditorialContent {
  const found: Problem[] = [];
  const read = <T>(name: string, schema: Parameters<typeof parseYamlWithSchema>[2], docs: string, empty: T): T => {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    const read = readTextInput(path, { file, root });
    if (!read.ok) {
      if (!read.missing) found.push(read.problem);
      return empty;
    }
    const result = parseYamlWithSchema(read.text, file, schema, { docs });
    found.push(...result.problems);
    return (result.data as T | undefined) ?? empty;
  };
  const people = read<PersonEntry[]>(CONTENT_FILES.people, peopleFileSchema, 'docs/people.md', []);
  const entities = read<EntityEntry[]>(CONTENT_FILES.entities, entitiesFileSchema, 'docs/people.md', []);
  const labels = read<ClaimLabels>(CONTENT_FILES.labels, claimLabelsSchema, 'docs/claims.md', {});
  const links = read<EditorialLink[]>(CONTENT_FILES.links, linksFileSchema, 'docs/linking.md', []);

  // The pages are read by Astro's glob loader, which follows links: each is checked here, so
  // that `check` and the build refuse a linked or outsized page before Astro reads it.
  const pagesDir = join(dir, CONTENT_FILES.pages);
  const pages = listInputFolder(pagesDir, relative(root, pagesDir) || pagesDir);
  if (!pages.ok) found.push(pages.problem);
  for (const name of (pages.ok && pages.names) || []) {
    if (!name.endsWith('.md')) continue;
    const checked = checkInputFile(join(pagesDir, name), { file: relative(root, join(pagesDir, name)), root });
    if (!checked.ok && !checked.missing) found.push(checked.problem);
  }

  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.id)) found.push(problems.duplicatePersonId(relative(root, join(dir, CONTENT_FILES.people)), p.id));
    seen.add(p.id);
  }
  return { people, entities, labels, links, problems: found };
}

/**
 * Reads `seeds/<name>.yaml`. Errors name the file, the line of the field at fault and the fix.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import { sidecarSchema, type Sidecar } from '../schemas/sidecar.ts';
import { problems, type Problem } from '../problems.ts';

const FIELDS = Object.keys(sidecarSchema.unwrap().shape).join(', ');

export function parseSidecar(text: string, file: string): { meta: Sidecar; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);

  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { meta: {}, problems: [problems.sidecarSyntax(file, lineAt(first.pos[0]), first.message.split('\n')[0]!)] };
  }
  const data = doc.toJS() ?? {};
  if (!isMap(doc.contents) && doc.contents !== null) {
    return { meta: {}, problems: [problems.sidecarSyntax(file, 1, 'it must be a list of "field: value" lines')] };
  }

  const parsed = sidecarSchema.safeParse(data);
  if (parsed.success) return { meta: parsed.data, problems: [] };

  const found = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const node = isMap(doc.contents) ? doc.contents.items.find((pair) => String((pair.key as { value?: unknown })?.value) === key) : undefined;
      const offset = (node?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      return problems.sidecarField(file, lineAt(offset), key, 'is not a known field.', `Use only these fields: ${FIELDS} (see docs/sidecar.md).`);
    }
    const path = issue.path.map(String);
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return problems.sidecarField(
      file,
      lineAt(node?.range?.[0]),
      path.join('.'),
      `${issue.message}.`,
      `Correct "${path.join('.')}" in ${file}, or delete the line if the article does not say it (see docs/sidecar.md).`,
    );
  });
  return { meta: {}, problems: found };
}

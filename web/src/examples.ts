// The repository's example bodies (examples/valid, examples/broken), built
// into the page: the starting body of each kind and the "Load an example" list.
import type { Kind } from 'deploylint';

export interface Example {
  /** `valid/ief-v3-create.json` */
  path: string;
  set: 'valid' | 'broken';
  name: string;
  text: string;
}

const files = import.meta.glob('../../examples/{valid,broken}/*.{json,yaml}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const EXAMPLES: Example[] = Object.entries(files)
  .map(([file, text]) => {
    const path = file.replace(/^.*examples\//, '');
    const [set, name] = path.split('/') as ['valid' | 'broken', string];
    return { path, set, name, text };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

/** The shipped example of `kind` (its JSON file). */
export function exampleFor(kind: Kind, set: 'valid' | 'broken'): string {
  return EXAMPLES.find((x) => x.path === `${set}/${kind}.json`)?.text ?? '{}\n';
}

/** `npm run serve` (and the second half of `npm start`): serves dist/ on http://localhost:4321. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/lib/paths.ts';
import { serveFolder } from './static-server.ts';

const root = resolve(PROJECT_ROOT, 'dist');
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('error dist/ holds no built site.\n  fix: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
serveFolder(root, port, 'localhost').then(
  ({ url }) => console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`),
  (error: NodeJS.ErrnoException) => {
    console.error(
      `error could not listen on port ${port}: ${error.code ?? error.message}\n  fix: stop whatever uses that port, or run PORT=4322 npm run serve.`,
    );
    process.exit(1);
  },
);

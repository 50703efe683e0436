// npm run new -- "Title of the article"
// Writes content/articles/<slug>.md with the front-matter skeleton and prints where it went.
import { parseCli } from './lib/cli.ts';
import { scaffoldArticle } from '../src/authoring/scaffold.ts';

const USAGE = 'usage: npm run new -- "Title of the article"';
const { positionals } = parseCli({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } }, USAGE);
const title = positionals.join(' ').trim();
if (title === '') {
  console.error(USAGE);
  process.exit(2);
}
if (title.length > 120) {
  console.error(`new: the title is ${title.length} characters long; the limit is 120: shorten it`);
  process.exit(2);
}
const created = scaffoldArticle(process.cwd(), title);
console.log(`created ${created.path}`);
console.log(`next: write the article in it, then run \`npm run check\` (page: /articles/${created.slug}/)`);

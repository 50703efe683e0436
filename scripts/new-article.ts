// npm run new -- "Title of the article"
// Writes content/articles/<slug>.md with the front-matter skeleton and prints where it went.
import { parseArgs } from 'node:util';
import { scaffoldArticle } from '../src/authoring/scaffold.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
const title = positionals.join(' ').trim();
if (values.help || title === '') {
  console.error('usage: npm run new -- "Title of the article"');
  process.exit(values.help ? 0 : 2);
}
if (title.length > 120) {
  console.error(`new: the title is ${title.length} characters long; the limit is 120: shorten it`);
  process.exit(2);
}
const created = scaffoldArticle(process.cwd(), title);
console.log(`created ${created.path}`);
console.log(`next: write the article in it, then run \`npm run check\` (page: /articles/${created.slug}/)`);

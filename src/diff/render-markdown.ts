// The report as a pull-request comment: short, grouped, the most important first (new stories and new
// claims, then articles joining stories, quotations, the articles themselves, entities, topics, and the
// check's messages). Long lists stop after a few items and say how many more the JSON holds.
import { formatDate, formatMonth } from '../lib/format-date.ts';
import { code, link, plural, text } from './markdown-text.ts';
import type { ArticleChanges, ArticleRef, ChangedArticle, DiffReport, ListChange, ValueChange } from './types.ts';

/** Marks the comment, so that the workflow updates its own comment instead of adding one per push. */
export const MARKER = '<!-- sitrep-briefing-diff -->';
export const NO_CHANGE = 'No change to the briefing.';
const LIMIT = 10;

const STANCE: Record<string, string> = { allege: 'alleges', warn: 'warns', deny: 'denies', confirm: 'confirms' };

export function renderMarkdown(report: DiffReport): string {
  const out: string[] = [MARKER, '### What this change does to the briefing', ''];
  if (!report.changed) {
    out.push(`**${NO_CHANGE}**`);
    if (report.files.length > 0) out.push('', `${plural(report.files.length, 'file')} under \`content/\` or \`seeds/\` changed, but nothing a reader sees.`);
  } else {
    out.push(summaryLine(report));
  }
  section(out, 'New stories', report.stories.new, (s) =>
    s.articles.length === 1 ? `${articleLine(s.articles[0]!)}` : `${link(s.title, s.url)}: ${plural(s.articles.length, 'article')}, from ${s.outlets.map((o) => text(o)).join(', ')}`,
  );
  if (report.claims.length > 0) {
    out.push('', '#### New claims and denials');
    // At most LIMIT claims in all, the first groups first.
    let budget = LIMIT;
    for (const group of report.claims) {
      if (budget === 0) break;
      out.push(`- **${text(group.title)}**`);
      const shown = group.claims.slice(0, budget);
      budget -= shown.length;
      for (const c of shown) out.push(`  - ${c.holder ? `${text(c.holder)} ` : ''}*${STANCE[c.stance]}*: “${text(c.text)}” (${link(c.article.title, c.url, 80)})`);
    }
    more(out, report.claims.reduce((n, g) => n + g.claims.length, 0));
  }
  section(out, 'Joining a story', report.stories.joined, (s) =>
    `${s.joining.map((a) => `${link(a.title, a.url)} (${text(a.source ?? 'unknown outlet')})`).join(', ')} ${s.joining.length === 1 ? 'joins' : 'join'} ${link(s.title, s.url)}, already told in ${plural(s.before, 'article')} by ${s.outlets.map((o) => text(o)).join(', ')}`,
  );
  if (report.quotes.length > 0) {
    out.push('', '#### New quotations');
    for (const group of report.quotes.slice(0, LIMIT)) {
      const quotes = group.quotes.slice(0, 3).map((q) => `“${text(q.text, 160)}” (${link(q.article.title, q.url, 80)})`);
      const rest = group.quotes.length > 3 ? `, and ${group.quotes.length - 3} more` : '';
      out.push(`- **${text(group.speaker)}**: ${quotes.join('; ')}${rest}`);
    }
    more(out, report.quotes.length);
  }
  articles(out, report);
  entities(out, report);
  if (report.topics.length > 0) {
    out.push('', '#### Topics', '', '| Topic | Articles | First article of a month |', '| --- | ---: | --- |');
    for (const t of report.topics) out.push(`| ${link(t.title, t.url)} | ${t.before} → ${t.after} | ${t.newMonths.map(formatMonth).join(', ') || '–'} |`);
  }
  const { messages, errors, warnings } = report.check;
  if (messages.length > 0) {
    out.push('', `#### \`npm run check\` on the changed files: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, '');
    for (const m of messages.slice(0, 3 * LIMIT)) out.push(`- ${code(`${m.path}:${m.line}:${m.column}`)} ${m.severity === 'error' ? '**error**' : 'warning'}: ${text(m.message, 400)}`);
    more(out, messages.length, '', 3 * LIMIT);
  }
  out.push('', `<sub>${code(`npm run diff -- --base ${report.base.commit.slice(0, 12)}`)} against ${report.head.commit ? code(report.head.commit.slice(0, 12)) : 'the working tree'}; links go to each page as it will be once merged.</sub>`);
  return `${out.join('\n')}\n`;
}

function summaryLine(r: DiffReport): string {
  const { added, changed, removed, failing } = r.articles;
  const parts = [
    added.length && `${plural(added.length, 'article')} added`,
    changed.length && `${added.length ? changed.length : plural(changed.length, 'article')} changed`,
    removed.length && `${added.length || changed.length ? removed.length : plural(removed.length, 'article')} removed`,
    failing.length && `${failing.length} not built (errors)`,
    r.stories.new.length && plural(r.stories.new.length, 'new story', 'new stories'),
    r.stories.joined.length && `${plural(r.stories.joined.reduce((n, s) => n + s.joining.length, 0), 'article')} joining a story`,
    r.claims.length && plural(r.claims.reduce((n, g) => n + g.claims.length, 0), 'new claim'),
    r.quotes.length && plural(r.quotes.reduce((n, g) => n + g.quotes.length, 0), 'new quotation'),
    r.entities.firstNamed.length && `${plural(r.entities.firstNamed.length, 'entity', 'entities')} named for the first time`,
  ].filter(Boolean);
  const check = r.check.errors > 0 ? ` · **check: ${plural(r.check.errors, 'error')}**` : r.check.warnings > 0 ? ` · check: ${plural(r.check.warnings, 'warning')}` : '';
  return `**${parts.join(' · ') || 'The briefing changes'}**${check}`;
}

function section<T>(out: string[], title: string, items: T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  out.push('', `#### ${title}`);
  for (const item of items.slice(0, LIMIT)) out.push(`- ${line(item)}`);
  more(out, items.length);
}

function more(out: string[], total: number, indent = '', limit = LIMIT): void {
  if (total > limit) out.push(`${indent}- … and ${total - limit} more (see \`--format json\`)`);
}

function articleLine(a: ArticleRef): string {
  return `${link(a.title, a.url)}: ${[a.source ? text(a.source) : 'outlet unknown', formatDate(a.date)].join(', ')}`;
}

function articles(out: string[], r: DiffReport): void {
  const { added, changed, removed, failing } = r.articles;
  if (added.length + changed.length + removed.length + failing.length === 0) return;
  out.push('', '#### Articles');
  for (const a of added.slice(0, LIMIT)) out.push(`- **added** ${articleLine(a)} (${code(a.sourceFile)})`);
  more(out, added.length);
  const titles = new Map(r.topics.map((t) => [t.topic, t.title]));
  for (const a of changed.slice(0, LIMIT)) out.push(`- **changed** ${link(a.title, a.url)} (${code(a.sourceFile)}): ${describe(a, titles).join('; ')}`);
  more(out, changed.length);
  for (const a of removed.slice(0, LIMIT)) out.push(`- **removed** ${text(a.title)} (${code(a.sourceFile)}): its page ${code(`/articles/${a.slug}/`)} goes away`);
  more(out, removed.length);
  for (const f of failing.slice(0, LIMIT)) out.push(`- **not built** ${code(f.sourceFile)}: ${text(f.message, 300)}`);
  more(out, failing.length);
}

function describe(a: ChangedArticle, topicTitles: Map<string, string>): string[] {
  const c: ArticleChanges = a.changes;
  const parts: string[] = [];
  const value = (name: string, v: ValueChange<string | null> | undefined, show: (x: string | null) => string = (x) => (x === null ? 'none' : `“${text(x, 80)}”`)) => {
    if (v) parts.push(`${name} ${show(v.before)} → ${show(v.after)}`);
  };
  value('title', c.title);
  value('address', c.slug, (x) => code(`/articles/${x}/`));
  value('date', c.date, (x) => (x === null ? 'unknown' : formatDate(x)));
  value('outlet', c.source);
  value('author', c.author);
  value('agency', c.agency);
  const topic = (id: string): string => topicTitles.get(id) ?? id;
  list(parts, 'topics', c.topics && { added: c.topics.added.map(topic), removed: c.topics.removed.map(topic) });
  list(parts, 'entities', c.entities);
  for (const role of c.entities?.roles ?? []) parts.push(`role of ${text(role.name)} ${role.before ? `“${text(role.before)}”` : 'none'} → ${role.after ? `“${text(role.after)}”` : 'none'}`);
  count(parts, 'quotation', c.quotes);
  count(parts, 'claim', c.claims);
  if (c.summary) parts.push('summary rewritten');
  if (c.text) parts.push(`text: ${c.text.changed} of ${plural(c.text.after, 'paragraph')} new or reworded${c.text.before !== c.text.after ? ` (was ${c.text.before})` : ''}`);
  return parts;
}

function list(parts: string[], name: string, change: ListChange | undefined): void {
  if (!change || change.added.length + change.removed.length === 0) return;
  const items = [...change.added.map((x) => `+${text(x, 60)}`), ...change.removed.map((x) => `−${text(x, 60)}`)];
  parts.push(`${name} ${items.slice(0, 8).join(' ')}${items.length > 8 ? ` (+${items.length - 8} more)` : ''}`);
}

function count(parts: string[], word: string, change: ListChange | undefined): void {
  if (!change) return;
  const bits = [change.added.length && `${change.added.length} new`, change.removed.length && `${change.removed.length} gone`].filter(Boolean);
  parts.push(`${word}s: ${bits.join(', ')}`);
}

function entities(out: string[], r: DiffReport): void {
  const { firstNamed, roleChanged, noLongerNamed } = r.entities;
  if (firstNamed.length + roleChanged.length + noLongerNamed.length === 0) return;
  out.push('', '#### Entities');
  for (const e of firstNamed.slice(0, LIMIT)) {
    const role = e.role ? `, ${text(e.role, 80)}` : '';
    out.push(`- **first named** ${link(e.name, e.url)} (${e.type}${role}), in ${e.articles.slice(0, 3).map((a) => link(a.title, a.url, 80)).join(', ')}`);
  }
  more(out, firstNamed.length);
  for (const e of roleChanged.slice(0, LIMIT)) out.push(`- **role** of ${link(e.name, e.url)}: ${e.before ? `“${text(e.before)}”` : 'none'} → ${e.role ? `“${text(e.role)}”` : 'none'}`);
  more(out, roleChanged.length);
  if (noLongerNamed.length > 0) {
    const names = noLongerNamed.slice(0, LIMIT).map((e) => text(e.name));
    out.push(`- **no longer named** (their pages go away): ${names.join(', ')}${noLongerNamed.length > LIMIT ? `, and ${noLongerNamed.length - LIMIT} more` : ''}`);
  }
}

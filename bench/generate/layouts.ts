// Page furniture per outlet layout: wire datelines ("TEHRAN, Sept 20 (Reuters) -"), bylines and credits,
// date lines, captions, copyright blocks, teaser lists ending in "…", programme lists and share prompts.
import { CAPTIONS, PROGRAMMES, SHARE_PROMPTS, TEASERS } from './background.ts';
import { OUTLETS, apDate, dateLine, reutersDay, type Outlet } from './outlets.ts';
import { reporter } from './people.ts';
import type { Rng } from './random.ts';

export interface Story {
  paragraphs: string[];
  headline: string;
  topics: string[];
  iso: string;
  city: string;
  /** Whether the page may print its publication date (undated pages print none, nor a copyright year). */
  dated: boolean;
}

export interface Page {
  text: string;
  ext: '.txt' | '.md';
  author: string | null;
}

export function layOut(rng: Rng, outlet: Outlet, story: Story): Page {
  const year = story.iso.slice(0, 4);
  const head: string[] = [];
  const tail: string[] = [];
  const paras = [...story.paragraphs];
  let author: string | null = null;
  const prefixFirst = (prefix: string): void => {
    paras[0] = `${prefix}${paras[0]}`;
  };
  const maybeCaption = (p: number): void => {
    if (rng.chance(0.5)) paras.splice(Math.min(p, paras.length), 0, rng.pick(CAPTIONS[story.topics[0] ?? 'off'] ?? (CAPTIONS.off as string[])));
  };

  switch (outlet.layout) {
    case 'reuters': {
      const city = story.city.toUpperCase();
      prefixFirst(story.dated ? `${city}, ${reutersDay(story.iso)} (Reuters) - ` : `${city} (Reuters) - `);
      tail.push(`(Reporting by ${reporter(rng)} in ${story.city}; Additional reporting by ${reporter(rng)}; Editing by ${reporter(rng)})`);
      if (rng.chance(0.3)) tail.push('Our Standards: The Thomson Reuters Trust Principles.');
      break;
    }
    case 'afp': {
      if (story.dated && rng.chance(0.5)) head.push(dateLine(rng, story.iso));
      if (rng.chance(0.5)) prefixFirst(`${story.city} (AFP) - `);
      else if (rng.chance(0.5)) {
        author = reporter(rng);
        tail.push(`${author}, with AFP`);
      } else paras[paras.length - 1] = `${paras[paras.length - 1]} (AFP)`;
      maybeCaption(2);
      if (story.dated && rng.chance(0.3)) tail.push(`© ${year} AFP`);
      break;
    }
    case 'ap': {
      if (story.dated && rng.chance(0.6)) head.push(apDate(story.iso));
      prefixFirst(`${story.city.toUpperCase()} (AP) — `);
      tail.push(`Associated Press writer ${reporter(rng)} in ${rng.pick(['Dubai', 'Washington', 'Kyiv', 'Beirut'])} contributed to this report.`);
      break;
    }
    case 'regional': {
      if (rng.chance(0.3)) head.push(story.headline);
      if (story.dated && rng.chance(0.6)) head.push(dateLine(rng, story.iso));
      maybeCaption(rng.int(1, 3));
      tail.push(...rng.shuffle(TEASERS).slice(0, rng.int(3, 6)).map((t) => `${t.slice(0, rng.int(50, t.length - 1)).trimEnd()}…`));
      break;
    }
    case 'blog': {
      if (rng.chance(0.5)) {
        author = reporter(rng);
        head.push(story.dated && rng.chance(0.5) ? `Posted by ${author} on ${dateLine(rng, story.iso).replace(/^(Published|Updated):? /, '')}` : `By ${author}`);
      }
      if (story.dated || rng.chance(0.5)) {
        tail.push(`© ${year}, ${outlet.short}. © ${outlet.short} and www.${outlet.domain}. Unauthorized use and/or duplication of this material without express and written permission from this site’s author and/or owner is strictly prohibited. Excerpts and links may be used, provided that full and clear credit is given to www.${outlet.domain} with appropriate and specific direction to the original content.`);
      }
      tail.push(...(rng.chance(0.5) ? ['Be the first to comment'] : ['Share this:', ...rng.shuffle(['Facebook', 'Tweet', 'Email', 'Print']).slice(0, 3), 'Leave a Reply']));
      break;
    }
    case 'repost': {
      if (story.dated && rng.chance(0.6)) prefixFirst(` date ${story.iso} `);
      const origin = rng.pick(OUTLETS.filter((o) => o.layout !== 'editor' && o !== outlet));
      tail.push(`This article originally appeared on ${rng.chance(0.5) ? origin.name.toUpperCase() : origin.name} and is reposted with permission.`);
      break;
    }
    case 'analysis': {
      if (rng.chance(0.6)) head.push(story.headline);
      author = reporter(rng);
      head.push(`By ${author}`);
      if (story.dated) head.push(dateLine(rng, story.iso));
      tail.push(`${author} is a ${rng.pick(['correspondent', 'senior reporter', 'contributing editor'])} covering ${rng.pick(['the Middle East', 'Russia and Eurasia', 'military technology', 'arms control'])}.`);
      if (rng.chance(0.5)) tail.push('Read more:', ...rng.shuffle(TEASERS).slice(0, 2));
      break;
    }
    case 'tv': {
      maybeCaption(rng.int(2, 4));
      tail.push(...rng.shuffle(PROGRAMMES).slice(0, rng.int(2, 4)), ...(rng.chance(0.7) ? ['Share your story', 'Send your Videos and Photos to us'] : [rng.pick(SHARE_PROMPTS)]));
      break;
    }
    case 'editor': {
      author = reporter(rng);
      const fm = [`title: ${JSON.stringify(story.headline)}`];
      if (story.dated) fm.push(`date: ${story.iso}`);
      fm.push(`source: Sitrep`, `author: ${author}`);
      if (story.topics.length > 0 && rng.chance(0.5)) fm.push(`topics: [${story.topics.join(', ')}]`);
      return { text: `---\n${fm.join('\n')}\n---\n${paras.join('\n\n')}\n`, ext: '.md', author };
    }
  }
  const sep = outlet.tight ? '\n' : '\n\n';
  const text = [...head, ...paras].join(sep) + (tail.length > 0 ? sep + tail.join(outlet.tight || rng.chance(0.5) ? '\n' : '\n\n') : '') + '\n';
  return { text, ext: '.txt', author };
}

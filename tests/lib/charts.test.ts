// The numbers behind the pictures: articles per month per topic, and the co-mention network.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/lib/briefing/build.ts';
import { monthSeries } from '../../src/lib/briefing/charts.ts';
import { layoutNetwork } from '../../src/lib/charts/network-layout.ts';
import { article, person, system, topic } from './records.ts';

describe('monthSeries', () => {
  const articles = [
    article('a', { date: '2022-11-03', topics: ['drones', 's-400'] }),
    article('b', { date: '2023-01', topics: ['drones'] }),
    article('c', { date: '2023', topics: ['drones'] }),
    article('d', { date: '2020-01-01', topics: ['drones'] }),
  ];
  const topics = [topic('drones'), topic('s-400')];

  it('counts an article once per topic and once in the total, every month of the window shown', () => {
    const s = monthSeries(articles.slice(0, 3), topics);
    expect(s.months).toEqual(['2022-11', '2022-12', '2023-01']);
    expect(s.counts.get('drones')).toEqual([1, 0, 1]);
    expect(s.counts.get('s-400')).toEqual([1, 0, 0]);
    expect(s.totals).toEqual([1, 0, 1]);
    expect(s.unplaced).toBe(1);
  });

  it('keeps the latest months of a long span and counts what falls before', () => {
    const s = monthSeries(articles, topics, 3);
    expect(s.months).toEqual(['2022-11', '2022-12', '2023-01']);
    expect(s.earlier).toBe(1);
  });
});

describe('co-mention network', () => {
  const b = buildBriefing({
    articles: [
      article('a', { entities: [person('p', 'P'), person('q', 'Q'), system('s', 'S')] }),
      article('b', { entities: [person('p', 'P'), system('s', 'S')] }),
    ],
    topics: [],
    gazetteer: [],
  });

  it('joins the most named entities by the articles they share', () => {
    expect(b.network.nodes.map((n) => n.id).sort()).toEqual(['p', 'q', 's']);
    expect(b.network.edges).toContainEqual({ source: 'p', target: 's', count: 2 });
    expect(b.network.edges).toContainEqual({ source: 'p', target: 'q', count: 1 });
  });

  it('places people, then organizations, then systems around a circle, the same way every time', () => {
    const box = { cx: 100, cy: 100, radius: 50 };
    const first = layoutNetwork(b.network, box);
    expect(first.nodes.map((n) => n.entity.type)).toEqual(['person', 'person', 'system']);
    expect(first.nodes[0]).toMatchObject({ x: 100, y: 50 });
    expect(layoutNetwork(b.network, box)).toEqual(first);
    const { x, y, width, height } = first.bounds;
    for (const n of first.nodes) expect(n.x > x && n.x < x + width && n.y > y && n.y < y + height).toBe(true);
  });
});

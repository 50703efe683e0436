import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindSort, readState, toggleFilter, writeState } from '../../src/lib/search/search-state.ts';

const read = (query: string) => readState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, every picked filter value and the sort', () => {
    expect(read('q=S-400&topic=S-400&topic=Drones&year=2022&sort=oldest')).toEqual({
      q: 'S-400',
      filters: { topic: ['S-400', 'Drones'], year: ['2022'] },
      sort: 'oldest',
    });
  });

  it('ignores unknown parameters, blank and repeated values, and squashes spaces in the query', () => {
    expect(read('q=%20who%20%20said%20&colour=red&outlet=&outlet=Reuters&outlet=Reuters')).toEqual({
      q: 'who said',
      filters: { outlet: ['Reuters'] },
      sort: 'relevance',
    });
  });

  it('lists newest first when there are no words to rank by, whatever the URL asks', () => {
    expect(read('topic=Syria').sort).toBe('newest');
    expect(read('topic=Syria&sort=relevance').sort).toBe('newest');
    expect(read('topic=Syria&sort=bogus').sort).toBe('newest');
  });

  it('writes back the URL it read, in facet order, leaving out the default sort', () => {
    expect(writeState(read('year=2022&q=Kirby&topic=S-400&sort=relevance')).toString()).toBe('q=Kirby&topic=S-400&year=2022');
    expect(writeState(read('topic=S-400&sort=oldest')).toString()).toBe('topic=S-400&sort=oldest');
    expect(writeState(read('q=Kirby&sort=newest')).toString()).toBe('q=Kirby&sort=newest');
  });
});

describe('search state for Pagefind', () => {
  it('matches any picked year or outlet, but all picked topics, entities and speakers', () => {
    expect(pagefindFilters(read('year=2022&year=2023&topic=S-400&topic=Syria&entity=Iran'))).toEqual({
      year: { any: ['2022', '2023'] },
      topic: { all: ['S-400', 'Syria'] },
      entity: { all: ['Iran'] },
    });
  });

  it('sorts by the date key, or not at all for relevance', () => {
    expect(pagefindSort(read('q=x&sort=newest'))).toEqual({ date: 'desc' });
    expect(pagefindSort(read('q=x&sort=oldest'))).toEqual({ date: 'asc' });
    expect(pagefindSort(read('q=x'))).toBeUndefined();
  });

  it('switches one filter value on and off, dropping a facet left empty', () => {
    const on = toggleFilter(read('q=x'), 'topic', 'Syria', true);
    expect(on.filters).toEqual({ topic: ['Syria'] });
    expect(toggleFilter(on, 'topic', 'Syria', true).filters).toEqual({ topic: ['Syria'] });
    expect(toggleFilter(on, 'topic', 'Syria', false).filters).toEqual({});
  });
});

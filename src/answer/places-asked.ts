/** The places a question asks of (pure over the text): which ones, whether one has a thing, a place's share — read by gaps.ts. */
import type { FacetTable } from '../ingest/facets.js';
import { escapeRegExp } from '../regexp.js';

/** A city of the province, or a county or district by its ending (not 园区, 社区, 小区…): the place the patterns below name. */
export const PLACE_NAMED = /(杭州|宁波|温州|湖州|嘉兴|绍兴|金华|衢州|舟山|台州|丽水|[\u4e00-\u9fff]{1,3}(?<![园社小片聚校景发新])[市县区])/;

/** A set of counties counted, asked whether one is in it (26个县里面有没有我们泰顺): places asked, and a list. */
export const COUNTIES_ASKED_OF = /(\d+|[二三四五六七八九十]+)个?(县|市|区)(里面|里头|当中|之中|中|里)?(有没有|包不包括|包括不包括|算不算)/;

/** A place of the province asked whether it has what the asker quotes (“万亩千亿”平台，金华这边有没有; 宁波有没有“未来工厂”): places asked. */
export const QUOTED_HAD_BY_PLACE = new RegExp(`[“"「『][^”"」』]{2,30}[”"」』][^。？！?!]{0,12}${PLACE_NAMED.source}(这边|这里|那边|本地|当地)?(有没有|有吗|有几个|有哪些|有哪几个)|${PLACE_NAMED.source}(这边|这里|那边|本地|当地)?有没有[^，。？！,?!]{0,4}[“"「『][^”"」』]{2,30}[”"」』]`);

/** A list of places named (杭州、宁波…) — not a park, a community or a district of a town (工业园区、, 社区、): those are no places by name. */
export const PLACE_LIST = new RegExp(`${PLACE_NAMED.source}、`);

/** A place of the province's list, then its share asked (洞头能建几个, 余杭能评几个, 建德到2025年能建几个): one pattern per facet table. */
const countyShares = new WeakMap<FacetTable, RegExp>();
export function countyShareAsked(facetTable: FacetTable): RegExp {
  let pattern = countyShares.get(facetTable);
  if (!pattern) {
    const places = (facetTable.region ?? []).flatMap((r) => r.query).filter((w) => w.length >= 2).map(escapeRegExp);
    pattern = places.length > 0 ? new RegExp(`(${places.join('|')})((到|在)?20\\d\\d年(底|前)?)?[^，。？！,?!]{0,3}(能|要|会|可以)?(建|评|分到|拿到|占)[^，。？！,?!]{0,2}(几|多少)(个|家)?|(分到|分给|落到|轮到)(我们|咱们|俺们)?(${places.join('|')})[^，。？！,?!]{0,3}(几|多少)(个|家)?`) : /$^/;
    countyShares.set(facetTable, pattern);
  }
  return pattern;
}

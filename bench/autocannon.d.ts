/**
 * The part of autocannon 8's programmatic API the benchmarks use. autocannon ships no types and
 * @types/autocannon describes v7; a local declaration keeps package.json untouched.
 */
declare module 'autocannon' {
  namespace autocannon {
    interface RequestSpec {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Called before every request of this spec; return the request to send. */
      setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    }

    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      pipelining?: number;
      timeout?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: RequestSpec[];
      /** Return the raw per-run result (encoded histograms) for `aggregateResult` to combine. */
      skipAggregateResult?: boolean;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      total: number;
    }

    interface Result {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      '4xx': number;
      '5xx': number;
      statusCodeStats: Record<string, { count: number }>;
      /** Milliseconds, integer resolution. */
      latency: Histogram & { totalCount: number };
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }
  }

  function autocannon(options: autocannon.Options & { skipAggregateResult: true }): Promise<autocannon.RawResult>;
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  namespace autocannon {
    /** A run with `skipAggregateResult`: its histograms are encoded; pass it to `aggregateResult`. */
    interface RawResult {
      duration: number;
      totalCompletedRequests: number;
    }
    /** Combines runs made with `skipAggregateResult` into one result (latency percentiles over all of them). */
    function aggregateResult(results: RawResult[], options: Options): Result;
  }

  export = autocannon;
}

/**
 * An incremental text/event-stream parser (the WHATWG rules that matter here: \n, \r\n or \r line
 * ends, `:` comments, multi-line data, an optional space after the colon). EventSource cannot POST
 * or send headers, hence our own.
 */
export interface SseMessage {
  event: string;
  data: string;
}

export interface SseParser {
  push(chunk: string): void;
  /** Flushes a final event that lacked its blank line (lenient: the spec would drop it). */
  end(): void;
}

export function createSseParser(onMessage: (message: SseMessage) => void): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];

  const dispatch = () => {
    if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };

  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return {
    push(chunk) {
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i += 1) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        // A \r at the very end may be the first half of \r\n split across chunks: wait for more.
        if (c === '\r' && i + 1 === buffer.length) break;
        line(buffer.slice(start, i));
        if (c === '\r' && buffer[i + 1] === '\n') i += 1;
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    end() {
      const rest = buffer.replace(/\r$/, '');
      buffer = '';
      if (rest !== '') line(rest);
      dispatch();
    },
  };
}

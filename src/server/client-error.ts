/**
 * What Node's HTTP parser refuses before the app sees a request — a raw UTF-8 or malformed URL, an unknown
 * method, headers or a URL over 16 KB, a request too slow to arrive — answered with the contract's JSON
 * error body instead of Node's bare `400`/`431`/`408`. Registered as the server's `clientError` listener.
 */
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { errorBody, MESSAGES, type ErrorCode } from './errors.js';

interface Refusal {
  status: number;
  reason: string;
  code: ErrorCode;
  message: string;
}

/** The same statuses Node itself would send (lib/_http_server.js, socketOnError), with our bodies. */
export function refusalFor(errorCode: string | undefined): Refusal {
  switch (errorCode) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, reason: 'Request Header Fields Too Large', code: 'headers_too_large', message: MESSAGES.headersTooLarge };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, reason: 'Payload Too Large', code: 'payload_too_large', message: MESSAGES.payloadTooLarge };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, reason: 'Request Timeout', code: 'request_timeout', message: MESSAGES.requestTimeout };
    default:
      return { status: 400, reason: 'Bad Request', code: 'invalid_request', message: MESSAGES.malformedHttp };
  }
}

/** The whole response as bytes: there is no request object to answer through, only the socket. */
export function clientErrorResponse({ status, reason, code, message }: Refusal): Buffer {
  const body = Buffer.from(JSON.stringify(errorBody(code, message)));
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json; charset=UTF-8',
    `Content-Length: ${body.length}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]);
}

/**
 * @example server.on('clientError', answerClientError({ onRefused: (status) => metrics.clientErrors.inc({ status: String(status) }) }));
 */
export function answerClientError({ onRefused }: { onRefused?: (status: number) => void } = {}) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    // Like Node: answer only when nothing of a response has gone out on this socket yet.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const refusal = refusalFor(error.code);
    onRefused?.(refusal.status);
    // A client that does not read its answer does not keep the socket: it is closed after 5 s in any case.
    (socket as Socket).setTimeout?.(5_000, () => socket.destroy());
    socket.end(clientErrorResponse(refusal), () => socket.destroy());
  };
}

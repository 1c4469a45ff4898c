import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { requestIdFor } from '../http/request-id';
import { safeError } from './log-safety';

interface SerializedRequest {
  method: string;
  url: string;
}

interface SerializedResponse {
  statusCode: number;
}

/**
 * One JSON line per request carrying its request id. Bodies and headers are never logged:
 * bodies hold personal data (names, emails, phones, notes) and headers hold API keys. The
 * redact paths are a second guard in case a header is ever logged on purpose.
 */
export function requestLogging(logger: Logger): HttpLogger<IncomingMessage, ServerResponse> {
  return pinoHttp({
    logger,
    genReqId: requestIdFor,
    customAttributeKeys: { reqId: 'requestId' },
    // Binds the request id to `req.log` itself, so every line logged for the request has it.
    quietReqLogger: true,
    serializers: {
      req: (req: SerializedRequest) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: SerializedResponse) => ({ statusCode: res.statusCode }),
      err: safeError,
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-leadping-api-key"]',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'err.detail',
        'err.parameters',
      ],
      censor: '[redacted]',
    },
  });
}

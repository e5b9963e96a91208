import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { postgresError } from '../db/errors.js';
import { AppError, errors } from '../errors.js';

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** PostgreSQL errors that mean "the database is not there right now" rather than "your request is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = postgresError(error)?.code;
  if (!code) return false;
  return (
    CONNECTION_FAILURES.has(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code === '57014' ||
    code === '53300'
  );
}

function fromPostgres(error: { code: string; constraint_name?: string }): AppError | null {
  switch (error.code) {
    case '23505':
      return errors.conflict('That would duplicate an existing record', {
        constraint: error.constraint_name,
      });
    case '23503':
      return errors.invalidInput('The request refers to something that does not exist', {
        constraint: error.constraint_name,
      });
    case '23514':
      return errors.invalidInput('The change breaks a rule of the league data', {
        constraint: error.constraint_name,
      });
    // Class 22 is "data exception" (bad number, date, encoding, NUL byte...): the value was the problem.
    // 54000 is a value too big for an index row. Neither is the server's fault.
    case '54000':
      return errors.invalidInput('A value is too large to store');
    default:
      return error.code.startsWith('22') ? errors.invalidInput('A value is out of range or malformed') : null;
  }
}

function fromValidation(error: FastifyError): AppError {
  const issues = error.validation ?? [];
  const missing = issues.find((issue) => issue.keyword === 'required');
  if (missing) {
    const field = String((missing.params as { missingProperty?: string }).missingProperty ?? '');
    return errors.missingRequiredField(field);
  }
  return errors.invalidInput(`Invalid ${error.validationContext ?? 'request'}: ${error.message}`, {
    problems: issues.slice(0, 10).map((issue) => ({
      path: issue.instancePath || '/',
      message: issue.message ?? 'is invalid',
      ...(issue.keyword === 'additionalProperties'
        ? { field: (issue.params as { additionalProperty?: string }).additionalProperty }
        : {}),
    })),
  });
}

/** Translates anything thrown into the catalogue; unknown errors become a bare 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Drizzle wraps what a query threw (the deadline's REQUEST_TIMEOUT, db/request-transaction.ts) as the cause.
  if ((error as { cause?: unknown })?.cause instanceof AppError) return (error as { cause: AppError }).cause;
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation) return fromValidation(fastifyError);
  if (isDatabaseUnavailable(error)) return errors.databaseUnavailable();
  const pgError = postgresError(error);
  if (pgError && /^[0-9A-Z]{5}$/.test(pgError.code)) {
    const mapped = fromPostgres(pgError);
    if (mapped) return mapped;
  }
  switch (fastifyError?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.payloadTooLarge();
    case 'FST_REQ_FILE_TOO_LARGE':
      return errors.uploadTooLarge(0);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return errors.unsupportedMediaType('Send the file as multipart/form-data');
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return errors.invalidInput('Send exactly one file and no other form fields');
    case 'FST_ERR_HANDLER_TIMEOUT':
      return errors.requestTimeout();
    case 'FST_ERR_BAD_URL':
      return errors.invalidInput('The URL is malformed (bad percent-encoding)');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return errors.invalidInput('A path parameter is too long');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.invalidInput('Unsupported Content-Type; send application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.invalidInput('The body is empty; send a JSON object');
  }
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 404) return errors.notFound();
    if (status === 413) return errors.payloadTooLarge();
    if (status === 429) return errors.rateLimited(60);
    return errors.invalidInput(
      status === 400 ? 'The request body is not valid JSON' : 'The request is not valid',
    );
  }
  return errors.internal();
}

/** Renders any error as the API's error envelope; also Fastify's `frameworkErrors` (bad URLs, before routing). */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    request.log.error({ err: error }, 'request failed');
  } else if (!(error instanceof AppError)) {
    request.log.info({ err: error, error_code: appError.code }, 'request rejected');
  }
  // A request that ran out of time may still be trickling its body in: answer and close the socket.
  if (appError.code === 'REQUEST_TIMEOUT') void reply.header('connection', 'close');
  if (appError.status === 429 && appError.details?.retry_after_seconds) {
    void reply.header('retry-after', String(appError.details.retry_after_seconds));
  }
  return reply.status(appError.status).send({
    error_code: appError.code,
    message: appError.message,
    ...(appError.details ? { details: appError.details } : {}),
    request_id: String(request.id),
  });
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler(sendError);

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error_code: 'NOT_FOUND',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      request_id: String(request.id),
    }),
  );
}

export default fp(errorsPlugin, { name: 'errors' });

import { randomBytes, randomUUID } from 'node:crypto';
import { createResponseChecker, type ReceivedResponse } from './response-check';
import { deref, loadSpec, type MediaObject, operationsOf, type ParameterObject, type Spec, type SpecOperation } from './spec';

// Walks every operation of the spec against a running deployment with one business's key.
// It works only on records it creates itself (from the spec's request examples, their ids
// put in place of the examples'), sends updates and deletes only to those ids or to ids
// nobody has, and deletes what it created at the end. Generic over the spec: a new
// operation is walked without a change here.

export interface ContractOptions {
  baseUrl: string;
  apiKey: string;
  spec?: Spec;
  /** Called with each violation line as it is found. */
  onViolation?: (line: string) => void;
  /** Per request, in ms. */
  timeoutMs?: number;
}

export interface ContractReport {
  operations: number;
  requests: number;
  violations: string[];
  created: number;
  deleted: number;
  /** Records created whose collection has no DELETE operation to remove them. */
  leftBehind: string[];
}

interface Created {
  collection: string;
  id: string;
  deleted: boolean;
}

const pathParams = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name!);

/** `leads` → `lead`, `lead-statuses` → `leadstatus`: a collection's name as an id field would say it. */
function singular(collection: string): string {
  const name = collection.split('/').pop()!.replace(/-/g, '').toLowerCase();
  return name
    .replace(/(ses|xes|ches|shes)$/, (ending) => ending.slice(0, -2))
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
}

/** The collection an id parameter or field points into: `leadId` → `/leads`, `statusId` → `/lead-statuses`. */
function collectionNamed(name: string, collections: string[]): string | undefined {
  const stem = name.replace(/Id$/, '').toLowerCase();
  return collections.find((collection) => singular(collection) === stem) ?? collections.find((collection) => singular(collection).endsWith(stem));
}

/**
 * The bodies the check sends instead of the spec's example where the example would reach
 * outside the deployment. A webhook endpoint is created disabled, at an address that never
 * resolves (`.invalid`, RFC 6761), and stays disabled when changed, so the check never
 * delivers an event to anyone (not even its own `test` sends can arrive anywhere).
 */
const ownBodies: Record<string, (example: unknown) => unknown> = {
  createWebhookEndpoint: (example) => ({ ...(example as object), url: 'https://example.invalid/hooks', enabled: false }),
  updateWebhookEndpoint: () => ({ description: 'Dispositions contract check', enabled: false }),
};

/** An id nobody has, of the parameter's shape: a UUID, or the schema's example (`evt_2b7c…`) with other hex digits. */
function unknownIdLike(schema: { format?: string; examples?: unknown[]; example?: unknown } | undefined): string {
  const example = schema?.examples?.[0] ?? schema?.example;
  if (schema?.format === 'uuid' || typeof example !== 'string' || !/_[0-9a-f]+$/.test(example)) return randomUUID();
  return example.replace(/[0-9a-f]+$/, (hex) => randomBytes(hex.length).toString('hex').slice(0, hex.length));
}

function exampleOf(media: MediaObject | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  return Object.values(media.examples ?? {})[0]?.value;
}

export async function runContractCheck(options: ContractOptions): Promise<ContractReport> {
  const spec = options.spec ?? loadSpec();
  const check = createResponseChecker(spec);
  const operations = operationsOf(spec);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const created: Created[] = [];
  /** The first id a collection's list answered, for reads only: records of our business we did not create (its change events, say). */
  const listed = new Map<string, string>();
  const report: ContractReport = { operations: operations.length, requests: 0, violations: [], created: 0, deleted: 0, leftBehind: [] };

  const latestId = (collection: string | undefined) => [...created].reverse().find((record) => record.collection === collection && !record.deleted)?.id;
  const collections = () => [...new Set(created.map((record) => record.collection))];
  const parametersOf = (operation: SpecOperation) => (operation.parameters ?? []).map((parameter) => deref<ParameterObject>(spec, parameter));
  const needsKey = (operation: SpecOperation) => !(Array.isArray(operation.security ?? spec.security) && (operation.security ?? spec.security)!.length === 0);

  /** Our own ids in place of the example's, wherever a field names a collection we created in. */
  function withOurIds(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withOurIds);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        const id = key.endsWith('Id') && typeof field === 'string' ? latestId(collectionNamed(key, collections())) : undefined;
        return [key, id ?? withOurIds(field)];
      }),
    );
  }

  /** The schema of a path parameter, declared on the operation or on its path. */
  function pathParamSchema(operation: SpecOperation, name: string) {
    const declared = [...((spec.paths[operation.path]?.parameters as ParameterObject[] | undefined) ?? []), ...(operation.parameters ?? [])];
    const parameter = declared.map((each) => deref<ParameterObject>(spec, each)).find((each) => each.in === 'path' && each.name === name);
    return parameter?.schema && deref(spec, parameter.schema as { $ref?: string; format?: string; examples?: unknown[] });
  }

  /** The operation's path with our records' ids in it, or `missing` ids when asked. */
  function pathFor(operation: SpecOperation, ids: 'ours' | 'missing'): string {
    return operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string, offset: number) => {
      const unknown = unknownIdLike(pathParamSchema(operation, name));
      if (ids === 'missing') return unknown;
      const collection = name === 'id' ? operation.path.slice(0, offset - 1) : collectionNamed(name, collections());
      return latestId(collection) ?? (operation.method === 'get' && collection ? listed.get(collection) : undefined) ?? unknown;
    });
  }

  function queryFor(operation: SpecOperation): string {
    const query = new URLSearchParams();
    for (const parameter of parametersOf(operation)) {
      if (parameter.in !== 'query' || !parameter.required) continue;
      const schema = parameter.schema as { example?: unknown; default?: unknown; enum?: unknown[] } | undefined;
      const value = (parameter as { example?: unknown }).example ?? schema?.example ?? schema?.default ?? schema?.enum?.[0];
      if (value !== undefined) query.set(parameter.name, String(value));
    }
    const text = query.toString();
    return text ? `?${text}` : '';
  }

  function bodyFor(operation: SpecOperation): unknown {
    const requestBody = operation.requestBody && deref(spec, operation.requestBody);
    if (!requestBody?.content) return undefined;
    const example = exampleOf(requestBody.content['application/json']) ?? {};
    return withOurIds(ownBodies[operation.operationId]?.(example) ?? example);
  }

  async function send(operation: SpecOperation, label: string, path: string, init: { key: boolean; body?: unknown }): Promise<ReceivedResponse | undefined> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json, */*' };
    if (init.key) headers.Authorization = `Bearer ${options.apiKey}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const name = `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId}, ${label})`;
    report.requests += 1;
    let received: ReceivedResponse;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method: operation.method.toUpperCase(),
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const text = await response.text();
      const json = /[/+]json\b/i.test(response.headers.get('content-type') ?? '');
      received = { status: response.status, headers: response.headers, body: text === '' ? undefined : json ? JSON.parse(text) : text };
    } catch (error) {
      violation(`${name}: no answer: ${(error as Error).message}`);
      return undefined;
    }
    for (const problem of check(operation, received)) violation(`${name} → ${received.status}: ${problem}`);
    return received;
  }

  function violation(line: string): void {
    report.violations.push(line);
    options.onViolation?.(line);
  }

  /** The probes every operation gets: without a key (when it needs one) and with ids nobody has. */
  async function probe(operation: SpecOperation): Promise<void> {
    const body = bodyFor(operation);
    if (needsKey(operation)) await send(operation, 'no key', pathFor(operation, 'ours') + queryFor(operation), { key: false, body });
    if (pathParams(operation.path).length > 0) await send(operation, 'unknown id', pathFor(operation, 'missing') + queryFor(operation), { key: true, body });
  }

  const creates = (operation: SpecOperation) => operation.method === 'post' && pathParams(operation.path).length === 0 && '201' in operation.responses;
  const creators = operations.filter(creates);
  const deleters = operations.filter((operation) => operation.method === 'delete');
  const others = operations.filter((operation) => !creates(operation) && operation.method !== 'delete');

  // Creates first, each once the collections its example refers to have a record.
  const pending = [...creators];
  while (pending.length > 0) {
    const refersTo = (operation: SpecOperation) => JSON.stringify(exampleOf(deref(spec, operation.requestBody ?? {}).content?.['application/json']) ?? {});
    const ready =
      pending.find((operation) => {
        const fields = [...refersTo(operation).matchAll(/"(\w+Id)":/g)].map(([, key]) => key!);
        return fields.every((key) => !creators.some((other) => other !== operation && pending.includes(other) && collectionNamed(key, [other.path])));
      }) ?? pending[0]!;
    pending.splice(pending.indexOf(ready), 1);
    await probe(ready);
    const answer = await send(ready, 'create', ready.path + queryFor(ready), { key: needsKey(ready), body: bodyFor(ready) });
    const id = (answer?.body as { id?: unknown } | undefined)?.id;
    if (answer?.status === 201 && typeof id === 'string') {
      created.push({ collection: ready.path, id, deleted: false });
      report.created += 1;
    }
  }

  for (const operation of others) {
    await probe(operation);
    const answer = await send(operation, 'ours', pathFor(operation, 'ours') + queryFor(operation), { key: needsKey(operation), body: bodyFor(operation) });
    const first = (answer?.body as { items?: { id?: unknown }[] } | undefined)?.items?.[0]?.id;
    if (operation.method === 'get' && pathParams(operation.path).length === 0 && answer?.status === 200 && typeof first === 'string')
      listed.set(operation.path, first);
  }

  // Deletes last, newest records first (a disposition before its lead), then whatever is left.
  const deleterOf = (collection: string) => deleters.find((operation) => operation.path === `${collection}/{id}`);
  const deleteRecord = async (record: Created, operation: SpecOperation) => {
    const answer = await send(operation, 'ours', `${record.collection}/${encodeURIComponent(record.id)}`, { key: needsKey(operation) });
    if (answer && answer.status >= 200 && answer.status < 300) {
      record.deleted = true;
      report.deleted += 1;
    }
  };
  const lastCreated = (operation: SpecOperation) => created.map((record) => `${record.collection}/{id}`).lastIndexOf(operation.path);
  const byNewest = (a: SpecOperation, b: SpecOperation) => lastCreated(b) - lastCreated(a);
  for (const operation of [...deleters].sort(byNewest)) {
    await probe(operation);
    const record = [...created].reverse().find((candidate) => !candidate.deleted && `${candidate.collection}/{id}` === operation.path);
    if (record) await deleteRecord(record, operation);
    else await send(operation, 'ours', pathFor(operation, 'ours'), { key: needsKey(operation) });
  }
  for (const record of [...created].reverse().filter((candidate) => !candidate.deleted)) {
    const operation = deleterOf(record.collection);
    if (operation) await deleteRecord(record, operation);
    if (!record.deleted) report.leftBehind.push(`${record.collection}/${record.id}`);
  }
  return report;
}

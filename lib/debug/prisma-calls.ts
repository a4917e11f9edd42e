import { AsyncLocalStorage } from "node:async_hooks";
import { requestContext } from "../request/context";
import { captureFrames, type Frame } from "./call-sites";
import { relationFieldsOf, type DataModel } from "./data-model";
import type { PrismaCall, ResultUsage } from "./query-record";

/**
 * The Prisma calls behind a request's queries, as Bullet watches ActiveRecord: which model and
 * operation each call was, with what arguments, from which frames, and what the code then read of
 * its result. One call may run several statements (a relation loaded with `IN (…)`); each
 * statement the driver runs points back at the call it belongs to (./tracking.ts), through an
 * AsyncLocalStorage entered when the call's promise starts: Prisma's promises start lazily, when
 * they are first awaited.
 */
const calls = new AsyncLocalStorage<PrismaCall>();
let nextId = 0;

/** The Prisma call whose statements are being run, if any. */
export function currentCall(): PrismaCall | undefined {
  return calls.getStore();
}

const MODEL_OPERATIONS = new Set([
  ...["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"],
  ...["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"],
]);
const RAW_OPERATIONS = new Set(["$queryRaw", "$queryRawUnsafe", "$executeRaw", "$executeRawUnsafe"]);

type Thenable = { then: PromiseLike<unknown>["then"]; catch: Promise<unknown>["catch"]; finally: Promise<unknown>["finally"] };

/**
 * The client, with every model operation and raw query tracked: the call's frames are captured as
 * it is made, its statements run inside its context, and its result is watched as it is read.
 */
export function trackPrismaCalls<T extends object>(client: T, dataModel: DataModel): T {
  const delegates = new Map<string, object>();
  const context = { dataModel, relationFields: relationFieldsOf(dataModel) };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== "string") return value;
      // Only a request whose client may see the panel pays for tracking: the rest get the client itself.
      if (!requestContext()?.debug) return value;
      if (property === "$transaction" && typeof value === "function") {
        // An interactive transaction's own client is tracked too, so that each statement in it keeps its line.
        return function tracked(this: unknown, ...args: unknown[]) {
          const [work, ...rest] = args;
          const inner =
            typeof work === "function" ? (tx: object) => (work as (t: object) => unknown)(trackPrismaCalls(tx, dataModel)) : work;
          return track(
            null,
            property,
            args,
            captureFrames(tracked),
            (value as (...a: unknown[]) => Thenable).call(target, inner, ...rest),
            context,
          );
        };
      }
      if (RAW_OPERATIONS.has(property) && typeof value === "function") {
        return function tracked(this: unknown, ...args: unknown[]) {
          return track(null, property, args, captureFrames(tracked), (value as (...a: unknown[]) => Thenable).apply(target, args), context);
        };
      }
      if (typeof value === "object" && value !== null && "findMany" in value) {
        let delegate = delegates.get(property);
        if (!delegate) delegates.set(property, (delegate = trackDelegate(modelName(property), value, context)));
        return delegate;
      }
      return value;
    },
  });
}

/** `article` → `Article`: delegates are named after their model with a lower-case first letter. */
function modelName(delegate: string): string {
  return delegate[0]!.toUpperCase() + delegate.slice(1);
}

type Tracking = { dataModel: DataModel; relationFields: (model: string) => ReadonlySet<string> };

function trackDelegate(model: string, delegate: object, tracking: Tracking): object {
  return new Proxy(delegate, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !MODEL_OPERATIONS.has(property) || typeof value !== "function") return value;
      return function tracked(args?: unknown) {
        return track(model, property, args, captureFrames(tracked), (value as (a?: unknown) => Thenable).call(target, args), tracking);
      };
    },
  });
}

function track(model: string | null, operation: string, args: unknown, frames: Frame[], promise: Thenable, tracking: Tracking) {
  const relations = model ? loadedRelations(args, tracking.relationFields(model)) : [];
  const call: PrismaCall = {
    id: (nextId += 1),
    model,
    operation,
    args,
    frames,
    relations,
    dataModel: tracking.dataModel,
    usage: newUsage(),
  };
  const { then, catch: onError, finally: onSettled } = promise;
  // Whichever starts the lazy promise starts it inside the call's context; Prisma runs it once.
  promise.then = (fulfilled, rejected) =>
    calls.run(call, () =>
      then.call(promise, (value) => (fulfilled ? fulfilled(observe(call, value)) : observe(call, value)), rejected),
    ) as never;
  promise.catch = (rejected) => calls.run(call, () => onError.call(promise, rejected));
  promise.finally = (settled) => calls.run(call, () => onSettled.call(promise, settled));
  return promise;
}

function newUsage(): ResultUsage {
  return { rows: 0, ids: [], lengthRead: false, rowsRead: false, relationsRead: new Set() };
}

/** The relation fields named in `include`, or with a nested selection in `select`. */
function loadedRelations(args: unknown, relations: ReadonlySet<string>): string[] {
  if (typeof args !== "object" || args === null) return [];
  const { include, select } = args as { include?: Record<string, unknown>; select?: Record<string, unknown> };
  const named = [...Object.entries(include ?? {}), ...Object.entries(select ?? {})];
  return named.filter(([field, value]) => relations.has(field) && value !== false && value !== undefined).map(([field]) => field);
}

/**
 * Access that reads the rows: an index, iteration, or an array method (`map`, `slice`…). Not
 * `length`, and not what awaiting a value looks at (`then`).
 */
function readsRows(property: string | symbol): boolean {
  if (property === Symbol.iterator) return true;
  if (typeof property !== "string" || property === "length" || property === "constructor") return false;
  return /^\d+$/.test(property) || typeof (Array.prototype as unknown as Record<string, unknown>)[property] === "function";
}

/** The result as the code receives it, watched: what is read of it is noted in the call's usage. */
function observe(call: PrismaCall, value: unknown): unknown {
  const { usage } = call;
  if (Array.isArray(value)) {
    usage.rows = value.length;
    const rows = value.map((row) => watchRow(call, row));
    return new Proxy(rows, {
      get(target, property, receiver) {
        if (property === "length") usage.lengthRead = true;
        else if (readsRows(property)) usage.rowsRead = true;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    usage.rows = 1;
    usage.rowsRead = true;
    return watchRow(call, value);
  }
  return value;
}

function watchRow(call: PrismaCall, row: unknown): unknown {
  if (typeof row !== "object" || row === null) return row;
  const id = (row as { id?: unknown }).id;
  if (id !== undefined) call.usage.ids.push(id);
  if (call.relations.length === 0) return row;
  return new Proxy(row, {
    get(target, property, receiver) {
      if (typeof property === "string" && call.relations.includes(property)) call.usage.relationsRead.add(property);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

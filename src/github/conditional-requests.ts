/**
 * Conditional requests: a GET that was answered before is sent again with `If-None-Match` (or
 * `If-Modified-Since`), and GitHub answers 304 when nothing changed. A 304 does not count against
 * the installation's rate limit, which is what limits a fleet, so repeated evaluations of an
 * unchanged pull request (its policy, files, reviews, team memberships) cost almost nothing.
 *
 * Entries are scoped: a key names the installation (or token) it was read with, so one
 * installation's answer is never served to another. The store is an in-memory LRU by default, and
 * Redis when replicas share one.
 */
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/** What is kept of a response to replay it on a 304. */
export interface CachedResponse {
  etag?: string;
  lastModified?: string;
  status: number;
  url: string;
  headers: Record<string, string>;
  data: unknown;
}

export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
}

/** Large answers are not worth keeping (and a hostile repository could make them large). */
export const MAX_CACHED_BYTES = 2 * 1024 * 1024;

export function memoryStore(maxBytes = 64 * 1024 * 1024): ResponseStore {
  const cache = new LRUCache<string, { value: CachedResponse; size: number }>({ maxSize: maxBytes, sizeCalculation: (e) => e.size });
  return {
    async get(key) {
      return cache.get(key)?.value;
    },
    async set(key, value) {
      const size = JSON.stringify(value.data)?.length ?? 1;
      if (size <= MAX_CACHED_BYTES) cache.set(key, { value, size: Math.max(1, size) });
    },
  };
}

/** The slice of ioredis this store uses. */
export interface RedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: "EX", seconds: number): Promise<unknown>;
}

/** Shared by every replica; entries expire after a day unused (a 304 answer renews them). */
export function redisStore(redis: RedisLike, prefix = "blast-radius:http:", ttlSeconds = 86_400): ResponseStore {
  return {
    async get(key) {
      const text = await redis.get(prefix + key);
      if (!text) return undefined;
      try {
        return JSON.parse(text) as CachedResponse;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const text = JSON.stringify(value);
      if (text.length <= MAX_CACHED_BYTES) await redis.set(prefix + key, text, "EX", ttlSeconds);
    },
  };
}

export interface RequestObserver {
  /** every answer, 304s included (for the metrics) */
  onResponse?(status: number, headers: Record<string, string | number | undefined>, method: string): void;
}

interface HookableOctokit {
  hook: { wrap(name: "request", wrapper: (request: (options: RequestOptions) => Promise<Response>, options: RequestOptions) => Promise<Response>): void };
  request: { endpoint: (options: RequestOptions) => { method: string; url: string; headers: Record<string, string> } };
}
type RequestOptions = Record<string, unknown> & { method?: string; headers?: Record<string, string> };
interface Response {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** Headers worth replaying with a cached body: pagination and content type. */
const KEPT_HEADERS = ["link", "content-type", "etag", "last-modified"];

/**
 * Makes every GET of this Octokit conditional. `scope` must identify whose credentials the answers
 * were read with (e.g. `installation:1234`); it is part of every key.
 */
export function useConditionalRequests(octokit: unknown, scope: string, store: ResponseStore, observer: RequestObserver = {}): void {
  const client = octokit as HookableOctokit;
  client.hook.wrap("request", async (request, options) => {
    const endpoint = client.request.endpoint(options);
    if (endpoint.method !== "GET") {
      try {
        const response = await request(options);
        observer.onResponse?.(response.status, response.headers, endpoint.method);
        return response;
      } catch (error) {
        observe(observer, error, endpoint.method);
        throw error;
      }
    }
    const key = createHash("sha256").update(`${scope}\n${endpoint.headers.accept ?? ""}\n${endpoint.url}`).digest("hex");
    const cached = await store.get(key).catch(() => undefined);
    if (cached) {
      // In place: Octokit's hook chain hands every layer the same options object.
      options.headers = {
        ...(options.headers ?? {}),
        ...(cached.etag ? { "if-none-match": cached.etag } : {}),
        ...(!cached.etag && cached.lastModified ? { "if-modified-since": cached.lastModified } : {}),
      };
    }
    try {
      const response = await request(options);
      observer.onResponse?.(response.status, response.headers, "GET");
      const etag = header(response.headers, "etag");
      const lastModified = header(response.headers, "last-modified");
      if (response.status === 200 && (etag || lastModified)) {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = header(response.headers, name);
          if (value) headers[name] = value;
        }
        await store
          .set(key, { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), status: 200, url: response.url, headers, data: response.data })
          .catch(() => undefined); // a cache that cannot be written costs requests, never correctness
      }
      return response;
    } catch (error) {
      const status = (error as { status?: number }).status;
      const response = (error as { response?: Response }).response;
      if (status === 304 && cached) {
        observer.onResponse?.(304, response?.headers ?? {}, "GET");
        // GitHub's 304 carries fresh rate-limit headers; the body and pagination are the cached ones.
        return { status: 200, url: cached.url, headers: { ...(response?.headers ?? {}), ...cached.headers }, data: cached.data };
      }
      observe(observer, error, "GET");
      throw error;
    }
  });
}

function observe(observer: RequestObserver, error: unknown, method: string): void {
  const e = error as { status?: number; response?: Response };
  if (typeof e.status === "number") observer.onResponse?.(e.status, e.response?.headers ?? {}, method);
}

function header(headers: Record<string, string | number | undefined>, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return value === undefined ? undefined : String(value);
}

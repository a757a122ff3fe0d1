// Messages between the PDF pool (main thread) and its worker threads.
import type { FontSet } from './fonts';
import type { DocDefinition } from './types';

export interface WorkerInit {
  /** Font bytes in SharedArrayBuffers: every worker reads the process's single copy. */
  fontSet: FontSet;
}

export type WorkerRequest =
  | { type: 'render'; id: number; doc: DocDefinition; creationDate?: string | Date }
  /** Runs globalThis.gc in the worker when the process has --expose-gc (benchmarks). */
  | { type: 'gc'; id: number };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'fatal'; error: SerializedError }
  /** pdf is transferred, not copied. */
  | { type: 'rendered'; id: number; pdf: ArrayBuffer; renderMs: number }
  | { type: 'failed'; id: number; error: SerializedError }
  | { type: 'gc-done'; id: number; heapUsed: number };

export function serializeError(err: unknown): SerializedError {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: 'Error', message: String(err) };
}

export function deserializeError(error: SerializedError): Error {
  const result = new Error(error.message);
  result.name = error.name;
  if (error.stack) result.stack = error.stack;
  return result;
}

/** An ArrayBuffer holding exactly `bytes`, safe to transfer (copies only when it must). */
export function toTransferable(bytes: Uint8Array): ArrayBuffer {
  const buffer = bytes.buffer;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

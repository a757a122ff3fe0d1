// Parley's sealed container: one file holding several named parts (a database snapshot,
// attachment blobs, a manifest, a case file …), encrypted with a passphrase. Used by backups
// and by case hand-over. This is the face the rest of Parley imports; the work is in three units:
//   container-format.ts  the bytes: header, chunk nonces, part framing, SealError (layout documented there)
//   container-crypto.ts  scrypt keys, the key check, AES-256-GCM per chunk (ChunkWriter)
//   container-io.ts      sealFile / openSealed: streaming from and to files, `.partial` then rename
export { DEFAULT_CHUNK_BYTES, PARTIAL_SUFFIX, SEAL_MAGIC, SEAL_VERSION, SealError, type ScryptParams, SealedPart, type SealErrorReason } from './container-format';
export { DEFAULT_SCRYPT, deriveSealKeys, prepareSeal, type PreparedSeal } from './container-crypto';
export { openFileSink, openSealed, readSealHeader, sealFile, type OpenedPart, type OpenOptions, type OpenSink, type PartTarget, type SealOptions, type SealSource, type SinkFile } from './container-io';

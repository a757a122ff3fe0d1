import { DatabaseKeyError, DatabaseTooNewError } from '../errors';
import { KeystoreError } from './keystore';

// What the native error box says when Parley cannot start. Written in Simplified Chinese
// and English together: the language setting lives in the database, which may be the
// very thing that cannot be read.

export interface StartupMessage {
  title: string;
  body: string;
}

const TITLE = 'Parley 无法启动 / Parley cannot start';
const UNCHANGED = '数据文件未被修改。\nThe data files have not been changed.';

export function startupMessage(err: unknown, dataDir: string): StartupMessage {
  let zh: string;
  let en: string;
  if (err instanceof DatabaseTooNewError) {
    zh = `此数据库由更新版本的 Parley 写入（数据库版本 ${err.found}，本版本最高支持 ${err.supported}）。请安装新版本后再打开。`;
    en = `This database was written by a newer version of Parley (schema ${err.found}; this version supports up to ${err.supported}). Install the newer version to open it.`;
  } else if (err instanceof DatabaseKeyError) {
    zh = '无法用本机保存的密钥打开数据库（密钥不符，或该文件不是 Parley 数据库）。请从备份恢复密钥文件 parley.key，或联系技术支持。';
    en = "The database cannot be opened with this installation's key (wrong key, or not a Parley database). Restore the key file parley.key from a backup, or contact support.";
  } else if (err instanceof KeystoreError) {
    zh =
      err.problem === 'unavailable'
        ? '操作系统未提供安全的密钥存储（钥匙串 / 凭据保护），Parley 不会以明文保存数据库密钥。'
        : err.problem === 'missing'
          ? '数据库存在，但密钥文件 parley.key 丢失。请从备份恢复该文件；新密钥无法打开旧数据库。'
          : '无法读取或解密密钥文件 parley.key。请从备份恢复该文件，或联系技术支持。';
    en = err.message;
  } else {
    zh = '启动时发生意外错误。';
    en = `An unexpected error stopped Parley from starting: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { title: TITLE, body: `${zh}\n\n${en}\n\n${UNCHANGED}\n\n数据目录 / Data folder: ${dataDir}` };
}

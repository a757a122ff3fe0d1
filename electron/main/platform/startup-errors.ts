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

// When the key cannot be had, only a backup helps: parley.key is wrapped by this user's
// keychain (DPAPI / macOS Keychain), so a copy of that file is as locked as the original.
const RESTORE_ZH = (dataDir: string) =>
  `请用备份恢复：先把数据文件夹 ${dataDir} 改名（例如改为 data-old，不要删除），再启动 Parley（会以空白数据启动），然后打开“设置 → 备份与恢复”，在“从备份恢复”中选择最近的备份文件（.parleybak），输入该备份的备份密码（写在备份恢复单上）。`;
const RESTORE_EN = (dataDir: string) =>
  `Restore from your backup: rename the data folder ${dataDir} (e.g. to data-old; do not delete it), start Parley again (it starts empty), then open Settings → Backup and restore, and under "Restore from a backup" pick your latest backup file (.parleybak) and enter its backup passphrase (written on your recovery sheet).`;
const UNCHANGED = '数据文件未被修改。\nThe data files have not been changed.';

export function startupMessage(err: unknown, dataDir: string): StartupMessage {
  let zh: string;
  let en: string;
  if (err instanceof DatabaseTooNewError) {
    zh = `此数据库由更新版本的 Parley 写入（数据库版本 ${err.found}，本版本最高支持 ${err.supported}）。请安装新版本后再打开。`;
    en = `This database was written by a newer version of Parley (schema ${err.found}; this version supports up to ${err.supported}). Install the newer version to open it.`;
  } else if (err instanceof DatabaseKeyError) {
    zh = `无法用本机保存的密钥（parley.key）打开数据库（密钥不符，或该文件不是 Parley 数据库）。${RESTORE_ZH(dataDir)}`;
    en = `The database cannot be opened with this installation's key (parley.key): wrong key, or not a Parley database. ${RESTORE_EN(dataDir)}`;
  } else if (err instanceof KeystoreError && err.problem === 'unavailable') {
    zh = '操作系统未提供安全的密钥存储（钥匙串 / 凭据保护），Parley 不会以明文保存数据库密钥。';
    en = err.message;
  } else if (err instanceof KeystoreError) {
    const why =
      err.problem === 'unreadable'
        ? '系统钥匙串 / 凭据保护拒绝解开数据库密钥 parley.key（换了电脑或用户、钥匙串被重置，或在提示时选择了“拒绝”）。若是刚才拒绝了钥匙串提示，请重新启动 Parley 并选择“始终允许”。否则，'
        : err.problem === 'missing'
          ? '数据库存在，但密钥文件 parley.key 丢失；新密钥无法打开旧数据库。'
          : '密钥文件 parley.key 已损坏。';
    zh = `${why}密钥文件受本机钥匙串保护，复制的 parley.key 也无法解开。${RESTORE_ZH(dataDir)}`;
    const whyEn =
      err.problem === 'unreadable'
        ? "The system keychain refused to unlock the database key parley.key (another computer or user, a reset keychain, or \"Deny\" chosen at the keychain prompt). If you just denied the prompt, start Parley again and choose \"Always Allow\". Otherwise:"
        : err.problem === 'missing'
          ? 'The database exists but its key file parley.key is missing; a new key cannot open it.'
          : 'The key file parley.key is damaged.';
    en = `${whyEn} The key file is locked by this computer's keychain, so a copied parley.key cannot help. ${RESTORE_EN(dataDir)}`;
  } else {
    zh = '启动时发生意外错误。';
    en = `An unexpected error stopped Parley from starting: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { title: TITLE, body: `${zh}\n\n${en}\n\n${UNCHANGED}\n\n数据目录 / Data folder: ${dataDir}` };
}

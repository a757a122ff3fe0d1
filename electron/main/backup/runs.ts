// What one core knows about its backups while it is open: the backup under way (its progress
// and how to stop it) and whether a verified restore waits to be swapped in. It hangs on the
// core's context (context.ts), so two cores in one process never see each other's.

export interface BackupRun {
  progress: number;
  abort: AbortController;
}

export class BackupRuns {
  /** The backup under way, or null: never two at once. */
  current: BackupRun | null = null;
  private restoreAsked = false;

  /** backup.restoreApply marked a staged restore READY: the core swaps it in after this call. */
  requestRestore(): void {
    this.restoreAsked = true;
  }

  /** True once after requestRestore(): the core must close, apply and reopen. */
  takeRestoreRequest(): boolean {
    const asked = this.restoreAsked;
    this.restoreAsked = false;
    return asked;
  }
}

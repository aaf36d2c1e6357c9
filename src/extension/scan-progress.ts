/**
 * The workspace scan as a notification with a Cancel button. VS Code shows a language server's work-done progress in
 * the status bar only, where it cannot be cancelled; the server sends crosscheck/scanProgress instead (the client
 * asks for it in its initialization options) and hears crosscheck/cancelScan when the user cancels.
 */
import * as vscode from 'vscode';
import type { ScanProgressParams } from '../protocol';

/** What the notification showed, for the test API. */
export interface ScanProgressState {
  id: number;
  title: string;
  /** The last report shown ("120 of 2 000 files", "comparing claims…"). */
  message: string;
  percentage: number;
  state: 'shown' | 'done' | 'cancelled';
  /** When the scan ended: files it read and analyzed of the files it found (fewer when cancelled). */
  read?: { done: number; total: number };
}

interface Shown {
  state: ScanProgressState;
  progress: vscode.Progress<{ message?: string; increment?: number }>;
  close: () => void;
  cancel: () => void;
}

export class ScanProgress implements vscode.Disposable {
  private shown: Shown | undefined;
  private last: ScanProgressState | undefined;

  constructor(private readonly cancelScan: (id: number) => void) {}

  update(p: ScanProgressParams): void {
    if (p.state === 'begin') return this.begin(p.id, p.message ?? 'Crosscheck');
    const shown = this.shown;
    if (!shown || shown.state.id !== p.id) return;
    if (p.state === 'report') {
      const percentage = Math.max(shown.state.percentage, Math.min(100, p.percentage ?? shown.state.percentage));
      shown.progress.report({
        ...(p.message ? { message: p.message } : {}),
        increment: percentage - shown.state.percentage,
      });
      shown.state.percentage = percentage;
      if (p.message) shown.state.message = p.message;
      return;
    }
    if (p.read) shown.state.read = { ...p.read };
    if (p.cancelled) shown.state.state = 'cancelled';
    else if (shown.state.state === 'shown') shown.state.state = 'done';
    shown.close();
  }

  private begin(id: number, title: string): void {
    this.shown?.close(); // a newer scan replaces the one shown
    const state: ScanProgressState = { id, title, message: '', percentage: 0, state: 'shown' };
    this.last = state;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          const shown: Shown = {
            state,
            progress,
            close: () => {
              if (this.shown === shown) this.shown = undefined;
              resolve();
            },
            cancel: () => {
              state.state = 'cancelled';
              this.cancelScan(id);
            },
          };
          this.shown = shown;
          token.onCancellationRequested(() => shown.cancel());
        }),
    );
  }

  /** The notification's Cancel button, as the test API presses it. */
  cancel(): boolean {
    if (!this.shown) return false;
    this.shown.cancel();
    return true;
  }

  state(): ScanProgressState | undefined {
    return this.last ? { ...this.last, ...(this.last.read ? { read: { ...this.last.read } } : {}) } : undefined;
  }

  dispose(): void {
    this.shown?.close();
  }
}

/**
 * Review files on disk, one per workspace folder. Writes are atomic (a temporary file in the same folder, then
 * rename) so a teammate's editor, the CLI or git never reads half a file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_FILE, REVIEW_FOLDER, emptyReview, parseReview, serializeReview, type ReviewFile } from '../core/review';

export function reviewPath(folder: string): string {
  return join(folder, REVIEW_FOLDER, REVIEW_FILE);
}

export function readReview(folder: string): ReviewFile {
  try {
    return parseReview(readFileSync(reviewPath(folder), 'utf8'));
  } catch {
    return emptyReview();
  }
}

export function writeReviewAtomically(folder: string, file: ReviewFile): string {
  const target = reviewPath(folder);
  mkdirSync(join(folder, REVIEW_FOLDER), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    writeFileSync(temp, serializeReview(file), 'utf8');
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return target;
}

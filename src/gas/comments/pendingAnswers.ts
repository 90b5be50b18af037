/**
 * Answers divisions give in their sidebar. The "Góp ý" tab is protected against divisions, and the server
 * function runs as the division's user, so the answer waits in document properties (any editor of the Sheet
 * may write them), keyed by comment id, until the Office's next sync moves it into the tab and posts it.
 */
import type { PendingAnswer } from '../../core/comments/mergeComments';

const PREFIX = 'commentAnswer:';

export function pendingAnswers(all: Record<string, string>): Map<string, PendingAnswer> {
  const answers = new Map<string, PendingAnswer>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      const a = JSON.parse(value) as PendingAnswer;
      answers.set(a.commentId, a);
    } catch (_e) {
      // A value not written by the add-on: ignored, never fatal.
    }
  }
  return answers;
}

export function readPendingAnswers(): Map<string, PendingAnswer> {
  return pendingAnswers(PropertiesService.getDocumentProperties().getProperties());
}

export function savePendingAnswer(answer: PendingAnswer): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + answer.commentId, JSON.stringify(answer));
}

export function clearPendingAnswers(commentIds: string[]): void {
  const props = PropertiesService.getDocumentProperties();
  for (const id of commentIds) props.deleteProperty(PREFIX + id);
}

/**
 * Comments and replies on the report Docs, through the Drive advanced service (v3): readable and answerable
 * under drive.file because the add-on made the Docs. v3 answers nothing without `fields`; every page is read.
 * Service methods are called on their collection (Drive.Comments.list(…)): a method taken off it throws.
 */
import { driveService } from '../summary/summaryFile';

/** What the sync needs of a comment; nextPageToken is asked for too, or Drive never says there is a next page. */
export const COMMENT_FIELDS = 'nextPageToken,comments(id,author(displayName,emailAddress),content,quotedFileContent,createdTime,modifiedTime,resolved,deleted,replies(id,author(displayName),content,createdTime,action))';

const PAGE_SIZE = 100;

export type DriveComment = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Comment;

/** Every comment of the file, deleted ones included (so their rows can be marked), over all pages. */
export function listComments(fileId: string): DriveComment[] {
  const comments = driveService().Comments!;
  const all: DriveComment[] = [];
  let pageToken: string | undefined;
  do {
    const args: Record<string, unknown> = { fields: COMMENT_FIELDS, pageSize: PAGE_SIZE, includeDeleted: true };
    if (pageToken) args.pageToken = pageToken;
    const page = comments.list(fileId, args);
    all.push(...(page.comments ?? []));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return all;
}

/** Posts `content` as a reply under the comment. Argument order of the advanced service: resource, fileId, commentId, optionalArgs. */
export function postReply(fileId: string, commentId: string, content: string): void {
  driveService().Replies!.create({ content }, fileId, commentId, { fields: 'id' });
}

/**
 * MailApp fake: sendEmail records each message; getRemainingDailyQuota falls by one per recipient
 * (to, cc and bcc each count, as Google counts them); once the quota cannot cover a message, sendEmail
 * throws Google's "Service invoked too many times for one day: email." and sends nothing. A malformed
 * address throws "Invalid email: …" as Google does.
 *
 *   const mail = createMailApp({ counter, quota: 100 });
 *   globals.MailApp = mail.service;  // mail.sent: the messages; mail.control.quota = 0 to run out
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError } from './callCounter';

export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export interface SentEmail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
}

export interface MailControl {
  /** What getRemainingDailyQuota returns; falls with every recipient. */
  quota: number;
  /** Set: what getRemainingDailyQuota says instead (another script of the user spent the quota in between). */
  staleQuota?: number;
}

export interface FakeMailApp {
  service: FakeMailAppService;
  sent: SentEmail[];
  control: MailControl;
}

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface MessageOptions {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

export class FakeMailAppService {
  constructor(
    private readonly sent: SentEmail[],
    private readonly control: MailControl,
  ) {}

  getRemainingDailyQuota(): number {
    return Math.max(0, this.control.staleQuota ?? this.control.quota);
  }

  /** sendEmail(message) or sendEmail(recipient, subject, body[, options]). */
  sendEmail(...args: unknown[]): void {
    let message: MessageOptions;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) message = args[0] as MessageOptions;
    else if (args.length >= 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && typeof args[2] === 'string')
      message = { ...((args[3] as MessageOptions) ?? {}), to: args[0], subject: args[1], body: args[2] };
    else throw signatureError(args, 'MailApp.sendEmail');
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    if (to.length + cc.length + bcc.length === 0) throw new GasException('Failed to send email: no recipient');
    const bad = [...to, ...cc, ...bcc].find((a) => !ADDRESS.test(a));
    if (bad) throw new GasException(`Invalid email: ${bad}`);
    if (message.subject === undefined) throw new GasException('Invalid argument: subject');
    if (message.body === undefined && message.htmlBody === undefined) throw new GasException('Invalid argument: body');
    const recipients = to.length + cc.length + bcc.length;
    if (this.control.quota < recipients) throw new GasException(MAIL_QUOTA_MESSAGE);
    this.control.quota -= recipients;
    this.sent.push({
      to,
      cc,
      bcc,
      subject: String(message.subject),
      body: message.body === undefined ? '' : String(message.body),
      htmlBody: message.htmlBody === undefined ? null : String(message.htmlBody),
      name: message.name === undefined ? null : String(message.name),
      replyTo: message.replyTo === undefined ? null : String(message.replyTo),
    });
  }
}

export function createMailApp(options: { counter?: CallCounter; quota?: number } = {}): FakeMailApp {
  const counter = options.counter ?? createCallCounter();
  const sent: SentEmail[] = [];
  // A consumer account's daily quota; Workspace accounts have 1,500.
  const control: MailControl = { quota: options.quota ?? 100 };
  return { service: counted(new FakeMailAppService(sent, control), 'MailApp', counter), sent, control };
}

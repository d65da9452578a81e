import { readFileSync } from 'node:fs';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** How the session with the mail server is protected: STARTTLS when offered, STARTTLS or nothing, or TLS from the first byte (port 465). */
export const SMTP_TLS_MODES = ['opportunistic', 'required', 'implicit'] as const;
export type SmtpTlsMode = (typeof SMTP_TLS_MODES)[number];

export interface SmtpSettings {
  readonly smtpHost: string;
  readonly smtpPort: number;
  readonly smtpTls: SmtpTlsMode;
  readonly smtpUser: string;
  readonly smtpPassword: string;
  /** A PEM file of the authority that signed the server's certificate, beside the system's; empty: the system's alone. */
  readonly smtpCaFile: string;
}

/**
 * Nodemailer's options for the configured mail server: any relay a ministry runs, with a login
 * when one is set, and the server's certificate always checked once TLS is on.
 */
export function smtpTransportOptions(settings: SmtpSettings): SMTPTransport.Options {
  const { smtpHost: host, smtpPort: port, smtpTls, smtpUser: user, smtpPassword: pass, smtpCaFile } = settings;
  return {
    host,
    port,
    secure: smtpTls === 'implicit',
    requireTLS: smtpTls === 'required',
    ...(user ? { auth: { user, pass } } : {}),
    tls: { servername: host, ...(smtpCaFile ? { ca: readFileSync(smtpCaFile, 'utf8') } : {}) },
  };
}

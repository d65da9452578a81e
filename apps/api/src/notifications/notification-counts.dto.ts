import { ApiProperty } from '@nestjs/swagger';

/** The notifier's outbox for one kind of message, by outcome. */
export class NotificationCountsDto {
  @ApiProperty({
    enum: ['deadline-warning', 'breach', 'escalation', 'assignment', 'evaluation-request', 'evaluation-reminder', 'daily-digest'],
  })
  kind!: string;

  @ApiProperty({ description: 'Accepted by the mail server.' })
  sent!: number;

  @ApiProperty({ description: 'Due to be sent, not yet tried.' })
  pending!: number;

  @ApiProperty({ description: 'Tried and refused or unreachable: retried with backoff.' })
  deferred!: number;

  @ApiProperty({ description: 'Given up after the last attempt: to be looked into.' })
  failed!: number;

  @ApiProperty({ description: 'Waiting for the recipient’s daily digest.' })
  awaitingDigest!: number;

  @ApiProperty({
    description: 'Sent back by the recipient’s server after it took them (a delivery status notification): failed, or sent again.',
  })
  bounced!: number;
}

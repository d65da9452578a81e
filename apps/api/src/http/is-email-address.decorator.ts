import { applyDecorators } from '@nestjs/common';
import { IsEmail, MaxLength } from 'class-validator';

/** RFC 5321's longest path (254 characters): what a mail server would take, bounded at the edge. */
export const EMAIL_MAX_LENGTH = 254;

/** An e-mail address of bounded length. */
export const IsEmailAddress = (): PropertyDecorator => applyDecorators(IsEmail(), MaxLength(EMAIL_MAX_LENGTH));

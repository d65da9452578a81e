import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { secondsSince } from '@entente/platform';
import { CommandRoutes } from '../actions/command-routes';
import {
  caseTypeOfCommand,
  commandDuration,
  commandOutcome,
  commandsTotal,
  httpRequestsTotal,
  methodLabel,
  statusClass,
} from './command-metrics';

/**
 * Counts every request once it is answered, by its route's template (`/email-requests/:caseId/answer`,
 * never the path with its ids), and times each command by case type, command type and outcome.
 * Runs on 'finish', so a refusal by a guard (401, 403) or a filter (503) counts as answered.
 */
@Injectable()
export class CommandMetricsMiddleware implements NestMiddleware {
  constructor(private readonly routes: CommandRoutes) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => this.record(request, response.statusCode, secondsSince(started)));
    next();
  }

  private record(request: Request, status: number, seconds: number): void {
    const matched = (request as { route?: { path?: unknown } }).route?.path;
    const route = typeof matched === 'string' ? matched : 'unmatched';
    const method = methodLabel(request.method);
    httpRequestsTotal.inc({ method, route, status_class: statusClass(status) });
    const commandType = this.routes.commandAt(method, route);
    if (!commandType) return;
    const labels = {
      case_type: caseTypeOfCommand(commandType, (request.params as Record<string, unknown> | undefined)?.caseType),
      command_type: commandType,
      outcome: commandOutcome(status),
    };
    commandsTotal.inc(labels);
    commandDuration.observe(labels, seconds);
  }
}

import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { routeTemplateOf, secondsSince } from '@entente/platform';
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
 * never the path with its ids; `unmatched` when no route took it), and times each command by case
 * type, command type and outcome. First of the app's middleware and read on 'finish', so that a
 * refusal by the request gate (405, 415), a guard (401, 403) or a filter (503) counts as answered.
 * An app without the command routes (a controller spec) counts requests only.
 */
export function requestMetrics(app: INestApplication): RequestHandler {
  const routes = commandRoutesOf(app);
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => record(routes, request, response.statusCode, secondsSince(started)));
    next();
  };
}

function commandRoutesOf(app: INestApplication): CommandRoutes | undefined {
  try {
    return app.get(CommandRoutes, { strict: false });
  } catch {
    return undefined;
  }
}

function record(routes: CommandRoutes | undefined, request: Request, status: number, seconds: number): void {
  const route = routeTemplateOf(request) ?? 'unmatched';
  const method = methodLabel(request.method);
  httpRequestsTotal.inc({ method, route, status_class: statusClass(status) });
  const commandType = routes?.commandAt(method, route);
  if (!commandType) return;
  const labels = {
    case_type: caseTypeOfCommand(commandType, (request.params as Record<string, unknown> | undefined)?.caseType),
    command_type: commandType,
    outcome: commandOutcome(status),
  };
  commandsTotal.inc(labels);
  commandDuration.observe(labels, seconds);
}

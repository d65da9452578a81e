import { Injectable, RequestMethod, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { CommandPermissionKey } from '../auth/issues-command.decorator';

/** Where a command is sent: its HTTP method and path template (`/email-requests/:caseId/answer`). */
export interface CommandRoute {
  readonly method: string;
  readonly path: string;
}

const joined = (...parts: readonly string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
const pathOf = (target: object) => {
  const path: unknown = Reflect.getMetadata(PATH_METADATA, target);
  return typeof path === 'string' ? path : '';
};

/**
 * Every command route the API serves, read from its own controllers once they are built: the
 * routes are the one place that says where a command goes, so nothing else lists them again.
 */
@Injectable()
export class CommandRoutes implements OnModuleInit {
  private readonly routes = new Map<string, CommandRoute>();
  private readonly commands = new Map<string, string>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { instance, metatype } of this.discovery.getControllers()) {
      if (!instance || !metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, (...args: unknown[]) => unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) this.register(pathOf(metatype), prototype[name]!);
    }
  }

  private register(controllerPath: string, handler: (...args: unknown[]) => unknown): void {
    const permission = this.reflector.get(CommandPermissionKey, handler);
    if (!permission) return;
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    const path = joined(controllerPath, pathOf(handler));
    this.routes.set(permission.commandType, { method, path });
    this.commands.set(`${method} ${path}`, permission.commandType);
  }

  of(commandType: string): CommandRoute | undefined {
    return this.routes.get(commandType);
  }

  /** The command a route sends, by its method and path template; none for a read. */
  commandAt(method: string, path: string): string | undefined {
    return this.commands.get(`${method} ${path}`);
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { PagesController } from './pages.controller';

/** The pages' catch-all route, in a module of its own so that it is registered after every other route. */
@Module({})
export class PagesModule {
  static after(signIn: DynamicModule): DynamicModule {
    return { module: PagesModule, imports: [signIn], controllers: [PagesController] };
  }
}

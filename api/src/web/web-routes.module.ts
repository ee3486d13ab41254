import { Module } from '@nestjs/common';
import { WebController } from './web.controller.js';
import { WebModule } from './web.module.js';

/** The catch-all page route, in its own module so AppModule can register it after every other route. */
@Module({ imports: [WebModule], controllers: [WebController] })
export class WebRoutesModule {}

import fs from 'node:fs';
import path from 'node:path';
import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { frameworkJsonSchema, releaseDiffJsonSchema } from '@ocmf/standard';
import { WEBHOOK_SCHEMAS } from '../webhooks/webhook-payloads.js';

/** The committed GraphQL SDL (CI keeps it equal to what the resolvers define). */
const SDL_FILE = path.resolve(import.meta.dirname, '../../schema.gql');

/** Machine-readable descriptions of the public interface, for vendors' tooling. */
@Controller('schema')
export class SchemaController {
  private readonly sdl = fs.existsSync(SDL_FILE) ? fs.readFileSync(SDL_FILE, 'utf8') : null;

  @Get('framework.schema.json')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=3600')
  framework(): string {
    return JSON.stringify(frameworkJsonSchema, null, 2);
  }

  /** What GET /releases/{from}...{to}.json returns. */
  @Get('release-diff.schema.json')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=3600')
  releaseDiff(): string {
    return JSON.stringify(releaseDiffJsonSchema, null, 2);
  }

  /** The GraphQL schema as SDL: what introspection would tell, for when introspection is off (production). */
  @Get('schema.graphql')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=3600')
  graphql(): string {
    if (this.sdl === null) throw new NotFoundException(`The GraphQL schema file ${SDL_FILE} is missing from this build.`);
    return this.sdl;
  }

  /** The JSON Schema of a webhook message, by event type: /schema/webhooks/release.published.schema.json. */
  @Get('webhooks/:file')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=3600')
  webhook(@Param('file') file: string): string {
    const type = /^(.+)\.schema\.json$/.exec(file)?.[1];
    const schema = type && Object.hasOwn(WEBHOOK_SCHEMAS, type) ? WEBHOOK_SCHEMAS[type as keyof typeof WEBHOOK_SCHEMAS] : undefined;
    if (!schema) {
      throw new NotFoundException(
        `There is no webhook event ${JSON.stringify(type ?? file)}; there are ${Object.keys(WEBHOOK_SCHEMAS).join(', ')}.`,
      );
    }
    return JSON.stringify(schema, null, 2);
  }
}

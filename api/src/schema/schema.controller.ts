import { Controller, Get, Header } from '@nestjs/common';
import { frameworkJsonSchema } from '@ocmf/standard';

@Controller('schema')
export class SchemaController {
  @Get('framework.schema.json')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cache-Control', 'public, max-age=3600')
  schema(): string {
    return JSON.stringify(frameworkJsonSchema, null, 2);
  }
}

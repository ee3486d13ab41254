import path from 'node:path';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { connectDatabase } from '../database/connect.js';

/** Writes the GraphQL SDL the resolvers define to api/schema.gql (committed; CI checks it is current). */
const schemaFile = path.resolve(import.meta.dirname, '../../schema.gql');
const config = { ...loadConfig(), logLevel: 'error' as const };
const database = await connectDatabase(config, { ephemeral: true });
const running = await createApp(config, { database, schemaFile, seed: false });
await running.close();
console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);

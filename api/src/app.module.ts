import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { AssessmentsModule } from './assessments/assessments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { HttpErrorFilter } from './common/http-exception.filter.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { FrameworkModule } from './framework/framework.module.js';
import { GovernanceModule } from './governance/governance.module.js';
import { HealthModule } from './health/health.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { ReleasesModule } from './releases/releases.module.js';
import { SeedModule } from './seed/seed.module.js';
import { UsersModule } from './users/users.module.js';
import { VotingModule } from './voting/voting.module.js';
import { WebRoutesModule } from './web/web-routes.module.js';
import { graphqlContext } from './common/graphql-context.js';

export type AppModuleOptions = {
  config: AppConfig;
  dataSource: DataSource;
  embedded: boolean;
  /** Where to write the generated SDL (the committed api/schema.gql); false keeps it in memory. */
  schemaFile: string | false;
};

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [APP_CONFIG],
      imports: [
        DatabaseModule.forDataSource(options.dataSource, { embedded: options.embedded }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: options.schemaFile === false ? true : options.schemaFile,
          sortSchema: true,
          // Apollo's CSRF prevention stays on (its default): browsers cannot send a simple cross-site POST.
          csrfPrevention: true,
          introspection: true,
          graphiql: false,
          playground: false,
          context: graphqlContext(options.dataSource),
          subscriptions: { 'graphql-ws': { path: '/graphql' } },
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        EventsModule,
        AuditModule,
        UsersModule,
        AuthModule,
        FrameworkModule,
        ReleasesModule,
        ProposalsModule,
        CommentsModule,
        GovernanceModule,
        VotingModule,
        AssessmentsModule,
        HealthModule,
        SeedModule,
        // Last: its catch-all GET serves the web app for any path no route above claims.
        WebRoutesModule,
      ],
    };
  }
}

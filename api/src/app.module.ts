import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { AssessmentsModule } from './assessments/assessments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CaseStudiesModule } from './case-studies/case-studies.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { graphqlWebSocketOptions } from './common/graphql-websocket.js';
import { QUERY_LIMITS, queryLimitsPlugin } from './common/query-limits.js';
import { TextInputPipe } from './common/text-input.pipe.js';
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
import { graphqlContext, parseCookies } from './common/graphql-context.js';
import { ResponseCacheModule } from './response-cache/response-cache.module.js';
import { SESSION_COOKIE } from './auth/session-token.js';
import { SchemaModule } from './schema/schema.module.js';
import { MarkdownModule } from './markdown/markdown.module.js';
import { authenticateApiToken } from './tokens/bearer-token.js';
import { refusalMessage } from './tokens/tokens.errors.js';
import { TokensModule } from './tokens/tokens.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ImplementationsModule } from './implementations/implementations.module.js';
import { EmailModule } from './email/email.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PeopleModule } from './people/people.module.js';
import { SearchModule } from './search/search.module.js';
import { ForYouModule } from './for-you/for-you.module.js';

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
    const { config } = options;
    let schema: GraphQLSchema | null = null;
    return {
      module: AppModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: TextInputPipe },
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
          // In production the schema is not handed out by introspection (GET /schema/schema.graphql has it) and
          // errors do not suggest field names.
          introspection: config.introspection,
          hideSchemaDetailsFromClientErrors: config.env === 'production',
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          // Apollo's cache-control plugin is on unless disabled: it would wrap every field's resolver (trivial ones
          // included) to gather hints nothing here gives; kept answers are the response cache's business.
          plugins: [ApolloServerPluginCacheControlDisabled(), queryLimitsPlugin((built) => (schema = built))],
          graphiql: false,
          playground: false,
          context: graphqlContext(options.dataSource),
          subscriptions: {
            'graphql-ws': graphqlWebSocketOptions({
              publicOrigin: new URL(config.publicUrl).origin,
              publicUrlSet: config.publicUrlSet,
              allowedOrigins: config.allowedOrigins,
              hasSessionCookie: (request) => parseCookies(request.headers.cookie)[SESSION_COOKIE] !== undefined,
              schema: () => schema,
              authenticate: async (authorization) => {
                const check = await authenticateApiToken(options.dataSource.manager, authorization);
                return check.ok ? check : { ok: false, message: refusalMessage(check.reason, check.at) };
              },
            }),
          },
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        ResponseCacheModule,
        EventsModule,
        OutboxModule,
        AuditModule,
        UsersModule,
        AuthModule,
        TokensModule,
        FrameworkModule,
        ReleasesModule,
        ProposalsModule,
        CommentsModule,
        GovernanceModule,
        VotingModule,
        AssessmentsModule,
        CaseStudiesModule,
        WebhooksModule,
        FeedsModule,
        OrganizationsModule,
        ImplementationsModule,
        EmailModule,
        NotificationsModule,
        PeopleModule,
        SearchModule,
        ForYouModule,
        HealthModule,
        SchemaModule,
        MarkdownModule,
        SeedModule,
        // Last: its catch-all GET serves the web app for any path no route above claims.
        WebRoutesModule,
      ],
    };
  }
}

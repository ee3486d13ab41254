import { Args, Query, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@ocmf/standard';
import { SignedIn } from '../auth/guards.js';
import { parseInput, textSchema } from '../common/validation.js';
import { renderMarkdown } from './markdown.js';

const sourceSchema = textSchema({ min: 0, max: TEXT_LIMITS.proposalSummary.max });

@Resolver()
export class MarkdownResolver {
  @Query(() => String, {
    description: 'Markdown rendered exactly as it will be once saved (sanitized HTML): the preview of what someone is writing.',
  })
  @SignedIn()
  markdownPreview(@Args('source') source: string): string {
    return renderMarkdown(parseInput(sourceSchema, source, 'source'));
  }
}

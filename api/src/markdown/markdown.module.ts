import { Module } from '@nestjs/common';
import { MarkdownResolver } from './markdown.resolver.js';

@Module({ providers: [MarkdownResolver] })
export class MarkdownModule {}
